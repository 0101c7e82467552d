import common from './common'
import overview from './overview'
import lists from './lists'

/** Every zh-CN message, one namespace per file. */
export default { ...common, ...overview, ...lists }
