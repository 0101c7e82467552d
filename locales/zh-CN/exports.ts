export default {
  exports: {
    excel: '导出 Excel',
    excelHint: '按当前筛选条件导出全部记录（.xlsx 文件）',
    exporting: '正在导出…',
    exportingRows: '正在导出… {done} / {total} 行',
    exported: '已导出 {n} 行',
    exportedTruncated: '共 {total} 行，已导出前 {shown} 行：Excel 单个工作表容纳不下更多。请缩小筛选范围后导出其余部分。',
    failed: '导出失败：{reason}',
    print: '打印 / PDF',
    printHint: '打印本页或另存为 PDF',
    savePng: '保存为 PNG',
    savePngOf: '将图表“{title}”保存为 PNG 图片',
    pngFailed: '图表未能保存为图片。',
    truncated: '已截断：共 {total} 行，仅导出前 {shown} 行（Excel 单个工作表容纳不下更多）。请缩小筛选范围后导出其余部分。',
    noteSheet: '说明',
    fileName: { visits: '走访记录', bottlenecks: '问题清单', recommendations: '意见建议', enterprises: '企业名录' },
    sheetName: { visits: '走访记录', bottlenecks: '问题清单', recommendations: '意见建议', enterprises: '企业名录' },
    values: { yes: '是', no: '否' },
    columns: {
      visits: {
        code: '编号', date: '日期', type: '类型', chain: '产业链', enterprises: '企业', participants: '参加人员', summary: '情况摘要',
        orders: '拓订单（个）', ordersCny: '拓订单金额（元）', markets: '拓市场（个）', bottlenecks: '反映问题（个）', recordedAt: '录入时间',
      },
      bottlenecks: {
        code: '编号', title: '问题', status: '状态', warning: '预警', category: '类别', chain: '产业链', enterprise: '企业',
        county: '县市', leadDepartment: '牵头部门', coDepartments: '协办部门', raisedOn: '提出日期', acknowledgeBy: '签收期限',
        acknowledgedOn: '签收日期', resolveBy: '办结期限', originalResolveBy: '原办结期限', resolvedOn: '办结日期',
        closedOn: '销号日期', resolutionType: '办理结果', satisfaction: '满意度', reopenCount: '重办次数', description: '问题描述',
      },
      recommendations: {
        code: '编号', title: '意见建议', status: '状态', chains: '产业链', submittedTo: '报送对象', createdOn: '起草日期',
        submittedOn: '报送日期', firstInstructedOn: '首次批示日期', forwardedOn: '批转日期', implementingOn: '开始落实日期',
        implementedOn: '落实完成日期', notAdoptedOn: '留作参考日期', statusSince: '进入当前状态日期',
      },
      enterprises: {
        creditCode: '统一社会信用代码', name: '企业名称', nameZh: '中文名称', county: '县市', chains: '产业链',
        anchor: '链主企业', aboveScale: '规上企业', contactName: '联系人', contactPhone: '联系电话',
      },
    },
  },
}
