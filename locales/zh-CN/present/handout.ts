/** 演示讲义（present.handout.*）：每页幻灯片一页，打印或另存为 PDF。 */
export default {
  handout: {
    heading: '演示讲义',
    title: '讲义：{name}',
    hint: '每页幻灯片一页（16:9）。点击“打印 / 存为 PDF”，在打印对话框中选择“另存为 PDF”，并勾选“背景图形”。',
    print: '打印 / 存为 PDF',
    back: '返回编辑器',
    loading: '正在载入全部幻灯片…',
    failed: '幻灯片数据未能全部载入，讲义不完整，未显示。',
    retry: '重试',
    page: '第 {n} 页，共 {m} 页',
  },
}
