/** 발표 인쇄본 (present.handout.*): 슬라이드마다 한 페지, 인쇄하거나 PDF로 보존. */
export default {
  handout: {
    heading: '발표 인쇄본',
    title: '인쇄본: {name}',
    hint: '슬라이드마다 한 페지(16:9)입니다. "인쇄 / PDF로 보존"을 누르고 인쇄 창에서 "PDF로 보존"을 고른 뒤 "배경 그래픽"을 켜십시오.',
    print: '인쇄 / PDF로 보존',
    back: '편집기로 돌아가기',
    loading: '모든 슬라이드를 불러오는 중…',
    failed: '슬라이드 자료를 모두 불러오지 못해 인쇄본을 표시하지 않았습니다.',
    retry: '다시 시도',
    page: '{m}쪽 중 {n}쪽',
  },
}
