/** 확인 단계: 최종 테스트, 진단, 가져온 서버 상태, 증거 보고서. */
import type { verify as english } from '../en/verify';

export const verify: Record<keyof typeof english, string> = {
  'verify.intro':
    '최종 테스트는 신뢰의 양방향을 증명합니다. Lync 저장소 서비스가 서버 간 인증(OAuth)으로 Exchange에 로그인하여 테스트 사용자의 대화 내용 폴더에 항목을 씁니다. -DeleteItem을 사용하면 그 항목을 다시 삭제합니다.',

  'verify.runHeading': '테스트 실행',
  'verify.where':
    '프런트 엔드 서버의 Lync Server 관리 셸(비즈니스용 Skype 서버 관리 셸)에서 로컬 그룹 RTC Local User Administrators(또는 RTCUniversalUserAdmins)의 구성원으로 실행하십시오. 그 외의 사용자는 "Access Denied"가 표시됩니다.',
  'verify.commandHeading.ConversationHistory': '{user} 테스트',
  'verify.commandHeading.Dumpster': '보관 실행(복구 가능한 항목 폴더)',
  'verify.dumpsterNote': '보관 실행은 복구 가능한 항목(Dumpster) 폴더에 씁니다. 사용자가 Exchange 보관에 사용하도록 설정될 때까지 실패합니다.',
  'verify.keepNote': '프로젝트가 테스트 항목을 유지합니다(-DeleteItem 없음). 항목은 대화 내용 폴더에 남습니다.',
  'verify.scriptNote': '또는 스크립트 번들의 03-verify.ps1을 실행하십시오. 같은 테스트를 실행하고 출력을 스크립트 옆의 {file}에 씁니다.',
  'verify.copyCommand': '복사',
  'verify.copyCommandLabel': '명령 복사: {command}',

  'verify.resultHeading': '테스트 결과',
  'verify.pasteLabel': '테스트의 콘솔 출력',
  'verify.pasteHint': '셸이 출력한 내용을 모두 붙여넣으십시오(-Verbose로 실행했다면 그 출력 포함). 콘솔이 줄 바꿈한 줄은 합쳐집니다.',
  'verify.diagnose': '진단',
  'verify.importOutput': '출력 파일 가져오기…',
  'verify.importOutputHint': '03-verify.ps1의 출력 파일 또는 > 나 Out-File로 저장한 콘솔 출력입니다.',
  'verify.readFrom': '{time}에 {source}에서 읽음: {encoding}, {lines}줄{width}.',
  'verify.pasted': '붙여넣은 텍스트',
  'verify.width': ', {width}열에서 줄 바꿈',
  'verify.verdict.success': '통과: Lync가 OAuth 신뢰를 통해 사서함에 썼습니다.',
  'verify.verdict.failed': '테스트에 실패했습니다. 출력의 의미와 해결 방법:',
  'verify.verdict.unclear': '결론을 내릴 수 없습니다. 출력에 나타난 내용:',
  'verify.evidence': '증거: 판단의 근거가 된 출력 줄',
  'verify.evidenceLine': '{line}번째 줄',

  'verify.stateHeading': '서버 상태',
  'verify.stateIntro':
    '스크립트 번들의 00-collect-exchange-state.ps1과 00-collect-lync-state.ps1은 각 쪽의 구성을 변경하지 않고 읽어 JSON으로 씁니다. 이 파일을 가져오면 인증 인증서, 파트너 응용 프로그램, 가상 디렉터리의 OAuth, 허용 도메인, 자동 검색 설정을 검사합니다.',
  'verify.importState.exchange': 'Exchange 상태 가져오기…',
  'verify.importState.lync': 'Lync 상태 가져오기…',
  'verify.stateSide.exchange': 'Exchange',
  'verify.stateSide.lync': 'Lync',
  'verify.stateFile': '{file}의 {side} 상태, {server}에서 {time}에 수집.',
  'verify.stateClean': '이 상태에서는 수정할 것이 없습니다.',

  'verify.reportHeading': '증거 보고서',
  'verify.reportIntro':
    '인계용 파일 하나: 프로젝트, 인증서, 메타 데이터 문서, 가져온 상태, 모든 검사 결과와 해결 방법, 테스트와 진단, 생성된 파일과 해당 SHA-256. 오프라인에서 열리며 A4에 섹션별로 한 페이지씩 인쇄됩니다.',
  'verify.saveHtml': '보고서를 HTML로 저장…',
  'verify.savePdf': '보고서를 PDF로 저장…',
  'verify.reportSaved': '보고서를 {path}에 저장했습니다.',
};
