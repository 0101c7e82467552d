import { defineSlide } from '../shared/defineSlide'
import BoardSlide from './BoardSlide.vue'
import { loadBoardData } from './boardData'
import { buildBoardModel, describeBoard, type BoardSlideData } from './boardModel'

/** The bottleneck board: open by status, overdue by warning colour, recently resolved. */
export default defineSlide<BoardSlideData>({
  kind: 'board',
  component: BoardSlide,
  load: loadBoardData,
  describe: (data, filter, options, t) => describeBoard(buildBoardModel(data, filter, options, t)),
})
