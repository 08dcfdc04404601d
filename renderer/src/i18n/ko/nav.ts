/** 레일의 단계별 상태와 미해결 검사 결과 요약. */
import type { nav as english } from '../en/nav';

export const nav: Record<keyof typeof english, string> = {
  'nav.state.notStarted': '시작 안 함',
  'nav.state.inProgress': '진행 중',
  'nav.state.done': '완료',
  'nav.state.error': '오류 {count}개',
  'nav.state.warning': '진행 중, 경고 {count}개',
  'nav.state.doneWithWarnings': '완료, 경고 {count}개',
  'nav.summary.entry': '검사 결과 요약',
  'nav.summary.count': '미해결 {count}개',

  'summary.title': '미해결 검사 결과 요약',
  'summary.intro':
    '각 단계에서 발견한 모든 오류와 경고를 단계별로 표시합니다. 단계의 검사 결과는 해당 단계를 한 번 연 후부터 여기에 표시되며, 해당 단계에 마지막으로 표시된 내용과 같습니다.',
  'summary.total': '미해결: 오류 {errors}개, 경고 {warnings}개',
  'summary.none': '지금까지 연 단계에는 미해결 검사 결과가 없습니다.',
  'summary.stepClean': '미해결 검사 결과가 없습니다.',
  'summary.notStarted': '아직 열지 않은 단계입니다. 이 단계를 열면 검사 결과가 여기에 표시됩니다.',
  'summary.notes': '참고 ({count}개)',
  'summary.goTo': '{step} 단계로 이동',
};
