/**
 * The demo accounts: the five named role accounts of the brief, more leaders and liaisons with
 * Chinese names, and one staff account per department (so every department can act on its items).
 * The demo `liaison` works on the demo `leader`'s chains (tourism and railway), so what the liaison
 * raises reaches the leader in a demo; every chain has at least one leader and one liaison.
 */
import type { User } from '#contract'
import { DEMO_DEPARTMENT_ID, DEPARTMENTS } from '../reference/departments'
import type { Person } from '../sim/bottleneckTimeline'

type UserSeed = Omit<User, 'id' | 'active'>

const NAMED: UserSeed[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', chainIds: [], departmentId: null },
  { username: 'leader', displayName: '金永哲', role: 'leader', chainIds: [1, 2], departmentId: null },
  { username: 'liaison', displayName: '朴美善', role: 'liaison', chainIds: [1, 2], departmentId: null },
  { username: 'department', displayName: '郑秀贞', role: 'department', chainIds: [], departmentId: DEMO_DEPARTMENT_ID },
  { username: 'viewer', displayName: '李国庆', role: 'viewer', chainIds: [], departmentId: null },
]

const MORE_LEADERS: UserSeed[] = [
  { username: 'lidongzhi', displayName: '李东植', role: 'leader', chainIds: [3], departmentId: null },
  { username: 'cuiyingshun', displayName: '崔英顺', role: 'leader', chainIds: [4], departmentId: null },
  { username: 'hanchunzhi', displayName: '韩春植', role: 'leader', chainIds: [5, 6], departmentId: null },
  { username: 'shendongxu', displayName: '申东旭', role: 'leader', chainIds: [6], departmentId: null },
  { username: 'quanguangzhu', displayName: '全光洙', role: 'leader', chainIds: [7, 2], departmentId: null },
]

const MORE_LIAISONS: UserSeed[] = [
  { username: 'jinchunhua', displayName: '金春花', role: 'liaison', chainIds: [1], departmentId: null },
  { username: 'zhanghaifeng', displayName: '张海峰', role: 'liaison', chainIds: [2, 7], departmentId: null },
  { username: 'piaochenghao', displayName: '朴成浩', role: 'liaison', chainIds: [3], departmentId: null },
  { username: 'liuxiaoyan', displayName: '刘晓燕', role: 'liaison', chainIds: [3, 4], departmentId: null },
  { username: 'yinzhengyu', displayName: '尹正宇', role: 'liaison', chainIds: [4], departmentId: null },
  { username: 'wanglina', displayName: '王丽娜', role: 'liaison', chainIds: [5], departmentId: null },
  { username: 'xuanyongji', displayName: '玄永吉', role: 'liaison', chainIds: [6, 5], departmentId: null },
  { username: 'chenwenjie', displayName: '陈文杰', role: 'liaison', chainIds: [7], departmentId: null },
  { username: 'jiangshanyu', displayName: '姜善玉', role: 'liaison', chainIds: [2, 1], departmentId: null },
]

/** One name per staff account (a name shared by two accounts would blur the audit trail). */
const STAFF_NAMES = [
  '王建军',
  '刘红梅',
  '张志勇',
  '陈玉兰',
  '杨学东',
  '赵春燕',
  '孙立新',
  '徐海峰',
  '马丽娜',
  '高文杰',
  '吴明哲',
  '林秀贞',
  '金光浩',
  '崔美兰',
  '朴永日',
  '李春梅',
  '韩志刚',
  '许明淑',
  '赵国栋',
]

/** All demo users, ids 1..N; the five named accounts come first. */
export function buildUsers(): User[] {
  const staff: UserSeed[] = DEPARTMENTS.filter(d => d.id !== DEMO_DEPARTMENT_ID).map((d, i) => ({
    username: `dept.${d.code}`,
    displayName: STAFF_NAMES[i % STAFF_NAMES.length]!,
    role: 'department',
    chainIds: [],
    departmentId: d.id,
  }))
  return [...NAMED, ...MORE_LEADERS, ...MORE_LIAISONS, ...staff].map((u, i) => ({ ...u, id: i + 1, active: true }))
}

/** Who can act for each chain and department, looked up from the user list. */
export interface People {
  leadersOf(chainId: number): Person[]
  liaisonsOf(chainId: number): Person[]
  departmentUser(departmentId: number): Person
}

/** Indexes users by chain (leaders, liaisons) and by department (staff). */
export function indexPeople(users: readonly User[]): People {
  const person = (u: User): Person => ({ id: u.id, name: u.displayName })
  const memo = new Map<string, Person[]>()
  const byRole = (role: User['role'], chainId: number) => {
    const key = `${role}:${chainId}`
    let found = memo.get(key)
    if (!found) memo.set(key, (found = users.filter(u => u.role === role && u.chainIds.includes(chainId)).map(person)))
    return found
  }
  const staff = new Map(users.filter(u => u.role === 'department').map(u => [u.departmentId!, person(u)]))
  return {
    leadersOf: chainId => byRole('leader', chainId),
    liaisonsOf: chainId => byRole('liaison', chainId),
    departmentUser(departmentId) {
      const p = staff.get(departmentId)
      if (!p) throw new Error(`no staff account for department ${departmentId}`)
      return p
    },
  }
}
