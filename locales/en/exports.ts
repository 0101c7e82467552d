export default {
  exports: {
    excel: 'Export to Excel',
    excelHint: 'Every row matching the current filters, as an .xlsx file',
    exporting: 'Exporting…',
    exportingRows: 'Exporting… {done} of {total} rows',
    exported: 'Exported {n} rows',
    exportedTruncated: 'Exported the first {shown} of {total} rows: Excel holds no more in one sheet. Narrow the filters to export the rest.',
    failed: 'The export failed: {reason}',
    print: 'Print / PDF',
    printHint: 'Print this page or save it as PDF',
    savePng: 'Save as PNG',
    savePngOf: 'Save the chart “{title}” as a PNG image',
    pngFailed: 'The chart could not be saved as an image.',
    truncated: 'Truncated at {shown} rows of {total}: Excel holds no more in one sheet. Narrow the filters to export the rest.',
    noteSheet: 'Note',
    fileName: { visits: 'Visits', bottlenecks: 'Bottlenecks', recommendations: 'Recommendations', enterprises: 'Enterprises' },
    sheetName: { visits: 'Visits', bottlenecks: 'Bottlenecks', recommendations: 'Recommendations', enterprises: 'Enterprises' },
    values: { yes: 'Yes', no: 'No' },
    columns: {
      visits: {
        code: 'Code', date: 'Date', type: 'Type', chain: 'Chain', enterprises: 'Enterprises', participants: 'Participants', summary: 'Summary',
        orders: 'Orders won', ordersCny: 'Orders won (CNY)', markets: 'Markets opened', bottlenecks: 'Bottlenecks raised', recordedAt: 'Recorded at',
      },
      bottlenecks: {
        code: 'Code', title: 'Bottleneck', status: 'Status', warning: 'Warning', category: 'Category', chain: 'Chain', enterprise: 'Enterprise',
        county: 'County', leadDepartment: 'Lead department', coDepartments: 'Co-departments', raisedOn: 'Raised on', acknowledgeBy: 'Acknowledge by',
        acknowledgedOn: 'Acknowledged on', resolveBy: 'Resolve by', originalResolveBy: 'Original resolve-by', resolvedOn: 'Resolved on',
        closedOn: 'Closed on', resolutionType: 'Resolution', satisfaction: 'Satisfaction', reopenCount: 'Times reopened', description: 'Description',
      },
      recommendations: {
        code: 'Code', title: 'Recommendation', status: 'Status', chains: 'Chains', submittedTo: 'Submitted to', createdOn: 'Drafted on',
        submittedOn: 'Submitted on', firstInstructedOn: 'First instruction', forwardedOn: 'Forwarded on', implementingOn: 'Implementation started',
        implementedOn: 'Implemented on', notAdoptedOn: 'Kept for reference on', statusSince: 'In status since',
      },
      enterprises: {
        creditCode: 'Unified social credit code', name: 'Enterprise', nameZh: 'Chinese name', county: 'County', chains: 'Chains',
        anchor: 'Anchor', aboveScale: 'Above designated size', contactName: 'Contact', contactPhone: 'Contact phone',
      },
    },
  },
}
