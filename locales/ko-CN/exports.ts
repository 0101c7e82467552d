export default {
  exports: {
    excel: 'Excel로 내보내기',
    excelHint: '현재 필터에 맞는 모든 기록을 .xlsx 파일로',
    exporting: '내보내는 중…',
    exportingRows: '내보내는 중… {done} / {total} 행',
    exported: '{n} 행을 내보냈습니다',
    exportedTruncated: '모두 {total} 행 중 앞의 {shown} 행을 내보냈습니다: Excel 한 시트에는 더 담을 수 없습니다. 필터를 좁혀 나머지를 내보내십시오.',
    failed: '내보내기 실패: {reason}',
    print: '인쇄 / PDF',
    printHint: '이 페지를 인쇄하거나 PDF로 보존',
    savePng: 'PNG로 보존',
    savePngOf: '도표 “{title}”를 PNG 그림으로 보존',
    pngFailed: '도표를 그림으로 보존하지 못했습니다.',
    truncated: '잘림: 모두 {total} 행 중 앞의 {shown} 행만 내보냈습니다(Excel 한 시트에는 더 담을 수 없음). 필터를 좁혀 나머지를 내보내십시오.',
    noteSheet: '설명',
    fileName: { visits: '방문기록', bottlenecks: '문제목록', recommendations: '의견건의', enterprises: '기업명록' },
    sheetName: { visits: '방문기록', bottlenecks: '문제목록', recommendations: '의견건의', enterprises: '기업명록' },
    values: { yes: '예', no: '아니오' },
    columns: {
      visits: {
        code: '번호', date: '날자', type: '류형', chain: '산업사슬', enterprises: '기업', participants: '참가자', summary: '개요',
        orders: '주문 확보(건)', ordersCny: '주문 금액(위안)', markets: '시장 개척(건)', bottlenecks: '제기된 문제(건)', recordedAt: '기록 시간',
      },
      bottlenecks: {
        code: '번호', title: '문제', status: '상태', warning: '경보', category: '류별', chain: '산업사슬', enterprise: '기업',
        county: '현시', leadDepartment: '주관 부문', coDepartments: '협조 부문', raisedOn: '제기 날자', acknowledgeBy: '접수 기한',
        acknowledgedOn: '접수 날자', resolveBy: '처리 기한', originalResolveBy: '원 처리 기한', resolvedOn: '처리 날자',
        closedOn: '종결 날자', resolutionType: '처리 결과', satisfaction: '만족도', reopenCount: '재처리 횟수', description: '문제 설명',
      },
      recommendations: {
        code: '번호', title: '의견건의', status: '상태', chains: '산업사슬', submittedTo: '제출 대상', createdOn: '기초 날자',
        submittedOn: '제출 날자', firstInstructedOn: '첫 지시 날자', forwardedOn: '이송 날자', implementingOn: '락실 시작 날자',
        implementedOn: '락실 완료 날자', notAdoptedOn: '참고로 보류한 날자', statusSince: '현 상태 시작 날자',
      },
      enterprises: {
        creditCode: '통일사회신용코드', name: '기업명', nameZh: '중문명', county: '현시', chains: '산업사슬',
        anchor: '사슬주 기업', aboveScale: '규모이상', contactName: '련락인', contactPhone: '련락 전화',
      },
    },
  },
}
