import type { County, Department, User } from './reference'
import type { BottleneckDetail, Chain, Enterprise, RecommendationDetail, Visit } from './entities'

/** Everything the demo generator produces and the server seeds from; the mock serves it. */
export interface World {
  seed: number
  anchorDate: string
  counties: County[]
  departments: Department[]
  users: User[]
  chains: Chain[]
  enterprises: Enterprise[]
  visits: Visit[]
  bottlenecks: BottleneckDetail[]
  recommendations: RecommendationDetail[]
}
