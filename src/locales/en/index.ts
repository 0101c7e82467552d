import common from './common'
import overview from './overview'
import lists from './lists'

/** Every en message, one namespace per file. */
export default { ...common, ...overview, ...lists }
