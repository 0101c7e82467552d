import common from './common'
import overview from './overview'
import lists from './lists'
import forms from './forms'
import workflow from './workflow'
import admin from './admin'
import present from './present'
import exportMessages from './exports'
import review from './review'

/** Every en message, one namespace per file. */
export default {
  ...common,
  ...overview,
  ...lists,
  ...forms,
  ...workflow,
  ...admin,
  ...present,
  ...exportMessages,
  ...review,
}
