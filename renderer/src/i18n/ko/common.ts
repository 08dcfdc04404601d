/** 앱 셸, 단계 목록, 메시지, 심각도. */
import type { common as english } from '../en/common';

export const common: Record<keyof typeof english, string> = {
  'app.name': 's2s-wizard',
  'app.loading': '작업 내용을 불러오는 중…',

  'toolbar.label': '프로젝트 파일',
  'toolbar.new': '새로 만들기',
  'toolbar.open': '열기…',
  'toolbar.save': '저장',
  'toolbar.saveAs': '다른 이름으로 저장…',
  'toolbar.untitled': '저장하지 않은 프로젝트',
  'toolbar.unsavedChanges': '저장하지 않은 변경 내용',

  'preferences.label': '표시',
  'preferences.theme': '테마',
  'preferences.theme.system': '시스템 설정',
  'preferences.theme.light': '밝게',
  'preferences.theme.dark': '어둡게',
  'preferences.language': '언어',

  'about.open': '정보',
  'about.title': 's2s-wizard 정보',
  'about.version': '버전 {version}',
  'about.description':
    '온-프레미스 Lync Server 2013 / 비즈니스용 Skype 서버와 Exchange Server 2013 이상 사이의 서버 간 인증(OAuth)을 설정하고 증명합니다.',
  'about.scripts': '관리자가 검토하고 실행할 PowerShell 스크립트를 작성할 뿐, 서버를 직접 변경하지 않습니다.',
  'about.license': 'MIT 라이선스에 따른 자유 소프트웨어입니다.',
  'about.close': '닫기',

  'navigation.label': '이전 및 다음 단계',
  'navigation.previous': '이전 단계',
  'navigation.next': '다음 단계',

  'messages.dismiss': '닫기',
  'status.new': '새 프로젝트를 시작했습니다.',
  'status.opened': '{path}을(를) 열었습니다.',
  'status.saved': '{path}에 저장했습니다.',

  'rail.label': '마법사 단계',
  'step.topology': '토폴로지',
  'step.certificates': '인증서',
  'step.metadata': '메타 데이터',
  'step.exchangeTrustsLync': 'Exchange가 Lync를 신뢰',
  'step.lyncTrustsExchange': 'Lync가 Exchange를 신뢰',
  'step.verify': '확인',
  'step.next': '다음 작업',

  'severity.error': '오류',
  'severity.warning': '경고',
  'severity.info': '정보',
  'severity.ok': '정상',
  'finding.fix': '해결 방법:',
};
