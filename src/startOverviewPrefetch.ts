/**
 * Side-effect module, imported by main.ts right after zodJitless: module scripts evaluate in
 * import order, so the Overview's data request leaves before Vue and the rest of the app evaluate.
 */
import { prefetchOverview } from './api/overviewPrefetch'

prefetchOverview()
