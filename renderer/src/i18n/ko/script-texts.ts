/**
 * 생성된 스크립트에 대해 UI가 보여 주는 한국어: 스크립트 제목과 각 블록이 하는 일을 설명하는 한 줄
 * (electron/core/powershell/script-texts.ts). 스크립트 자체는 영어로 유지됩니다.
 */
import type { ScriptTextKey } from '../../../../electron/core/message-catalogue';

export const scriptTexts: Record<ScriptTextKey, string> = {
  'script.title.collect-exchange': 'Exchange 상태 수집(읽기 전용)',
  'script.title.collect-lync': 'Lync 상태 수집(읽기 전용)',
  'script.title.exchange-trusts-lync': 'Exchange가 Lync를 신뢰',
  'script.title.lync-trusts-exchange': 'Lync가 Exchange를 신뢰',
  'script.title.verify': '확인: Lync가 Exchange 사서함에 쓰기',
  'script.title.archiving': 'IM 대화 내용을 Exchange에 보관',
  'script.title.unified-contact-store': '통합된 연락처 저장소',
  'script.title.undo-exchange-trust': '01 실행 취소: "Exchange가 Lync를 신뢰"가 만든 항목 제거',
  'script.title.undo-lync-trust': '02 실행 취소: "Lync가 Exchange를 신뢰"가 변경한 내용 복원',
  'script.title.undo-archiving': '04 실행 취소: 보관 설정 복원',
  'script.title.undo-unified-contact-store': '05 실행 취소: 테스트 사용자를 통합된 연락처 저장소에서 제외',
  'script.title.runbook': 'Runbook',
  'script.title.runbook-markdown': 'Runbook: 순서대로 정리한 단계, 각 단계를 실행할 사람과 위치, 실패했을 때 할 일',
  'script.title.runbook-html': '인쇄용 웹 페이지로 만든 같은 Runbook',

  'script.block.settings.confirm': '설정: 제거할 때마다 확인을 요청하고(-Confirm:$false를 지정하면 묻지 않음), 첫 번째 오류에서 중지하며, 스크립트 옆에 기록(transcript)을 씁니다.',
  'script.block.settings.what-if': '설정: -WhatIf를 지정하면 변경하지 않고 변경될 내용만 보여 줍니다. 스크립트는 첫 번째 오류에서 중지하며, 스크립트 옆에 기록(transcript)을 씁니다.',
  'script.block.finish': '기록을 끝내고 다음에 할 일을 알려 줍니다.',
  'script.block.exchange-shell': '사전 검사: Exchange 관리 셸인지 확인합니다.',
  'script.block.lync-shell': '사전 검사: Lync Server(비즈니스용 Skype 서버) 관리 셸인지 확인합니다.',
  'script.block.lync-shell.long': '사전 검사: Lync Server 관리 셸(비즈니스용 Skype 서버 관리 셸)인지 확인합니다.',

  'script.block.collect.output': '결과를 쓸 위치(이 스크립트 옆의 {file})와, 날짜, 지문, 빈 값을 마법사가 읽는 형식으로 쓰는 도우미 함수입니다.',
  'script.block.collect.write': '모든 내용을 마법사용 JSON 문서 하나로 쓰고 그 위치를 출력합니다.',
  'script.block.collect-exchange.auth':
    '인증 구성(Get-AuthConfig)과 현재 및 다음 인증 인증서(Get-ExchangeCertificate)를 읽습니다. 먼저 이 서버에서 찾은 다음 프로젝트의 서버에서 찾습니다.',
  'script.block.collect-exchange.configuration': '모든 파트너 응용 프로그램, 허용 도메인, EWS 및 자동 검색 가상 디렉터리의 OAuth 설정, 각 클라이언트 액세스 서비스의 자동 검색 내부 URI를 읽습니다.',
  'script.block.collect-lync.configuration':
    'OAuthTokenIssuer 인증서(Get-CsCertificate), 모든 파트너 응용 프로그램(Get-CsPartnerApplication), 전역 OAuth 구성(Get-CsOAuthConfiguration)을 읽습니다.',

  'script.block.exchange-trust.values': '프로젝트의 값: Lync 메타 데이터 URL, OAuth 영역, 다시 시작할 Exchange 서버입니다.',
  'script.block.exchange-trust.shell': '사전 검사: Exchange 관리 셸인지, Configure-EnterprisePartnerApplication.ps1이 Exchange가 설치하는 위치에 있는지 확인합니다.',
  'script.block.exchange-trust.auth-certificate': '사전 검사: Exchange의 인증 인증서(Get-AuthConfig)가 프로젝트의 모든 Exchange 서버에 있고 만료되지 않았는지 확인합니다.',
  'script.block.exchange-trust.metadata': '사전 검사: 이 Exchange 서버가 Exchange 자체와 같은 방식으로 HTTPS를 통해 풀의 메타 데이터 문서를 다운로드할 수 있는지 확인합니다.',
  'script.block.exchange-trust.accepted-domain':
    '사전 검사: OAuth 영역이 와일드카드로만 포함된 것이 아니라 명시적인 허용 도메인인지 확인합니다(와일드카드이면 Exchange가 401, invalid_tenant로 응답).',
  'script.block.exchange-trust.oauth': '사전 검사: 각 Exchange 서버의 EWS 및 자동 검색 가상 디렉터리에서 OAuth 인증이 켜져 있는지 확인합니다(경고만 표시).',
  'script.block.exchange-trust.existing':
    'Lync 파트너 응용 프로그램을 찾습니다. 이 풀을 가리키거나 이름이 LyncEnterprise-로 시작하는 응용 프로그램입니다. Lync ID를 가진 다른 응용 프로그램(Exchange나 하이브리드 설정이 만든 것)은 보고만 하고 변경하지 않습니다.',
  'script.block.exchange-trust.refresh': 'Lync 파트너 응용 프로그램이 있으면 중복으로 만들지 않고 새로 고칩니다(Set-PartnerApplication -RefreshAuthMetadata).',
  'script.block.exchange-trust.create':
    '없으면 Configure-EnterprisePartnerApplication.ps1 -ApplicationType Lync를 실행합니다. 이 스크립트는 LyncEnterprise-ApplicationAccount 메일 사용자, 그 역할(UserApplication, ArchiveApplication…), 파트너 응용 프로그램을 만듭니다.',
  'script.block.exchange-trust.post-check': '사후 검사: Lync 파트너 응용 프로그램과 그 계정의 역할을 출력하고, 예상과 다른 점이 있으면 경고합니다.',
  'script.block.exchange-trust.record': '이번 실행에서 만들거나 새로 고친 항목을 롤백 스크립트용으로 {file}에 기록합니다.',
  'script.block.exchange-trust.iisreset':
    'Exchange가 파트너 응용 프로그램을 읽도록 프로젝트의 각 Exchange 서버에서 IIS를 다시 시작합니다(이 셸이 연결된 서버는 마지막에 다시 시작합니다. 다시 시작하면 이 세션이 끝납니다).',

  'script.block.lync-trust.values.certificate': '프로젝트의 값: Exchange 인증 인증서(공개 부분만, base64 DER), OAuth 영역, Exchange의 자동 검색 서비스 URL입니다.',
  'script.block.lync-trust.values.metadata': '프로젝트의 값: Exchange의 메타 데이터 URL, OAuth 영역, Exchange의 자동 검색 서비스 URL입니다.',
  'script.block.lync-trust.token-issuer': '사전 검사: OAuthTokenIssuer 인증서가 할당되어 있고(Get-CsCertificate -Type OAuthTokenIssuer) 오늘 유효하며 이 서버에 있는지 확인합니다.',
  'script.block.lync-trust.auth-certificate':
    '사전 검사: 이 스크립트에 들어 있는 Exchange 인증 인증서가 손상되지 않았고 오늘 유효한지 확인합니다(이 방식에서는 프런트 엔드 서버가 Exchange 메타 데이터를 다운로드하지 않습니다).',
  'script.block.lync-trust.metadata': '사전 검사: 이 프런트 엔드 서버가 New-CsPartnerApplication과 같은 방식으로 HTTPS를 통해 Exchange의 메타 데이터 문서를 다운로드할 수 있는지 확인합니다.',
  'script.block.lync-trust.existing':
    'Exchange의 파트너 응용 프로그램을 찾습니다. 이름이 Exchange인 응용 프로그램, 없으면 Exchange의 응용 프로그램 ID에 연결된 응용 프로그램입니다. 같은 ID를 가진 다른 응용 프로그램은 보고만 하고 변경하지 않습니다.',
  'script.block.lync-trust.create.certificate':
    '인증서로 Exchange 파트너 응용 프로그램을 만들거나(신뢰 수준 Full), 잘못된 ID나 영역에 연결된 응용 프로그램을 바꾸거나, 있는 응용 프로그램을 업데이트합니다.',
  'script.block.lync-trust.create.metadata':
    '메타 데이터 URL로 Exchange 파트너 응용 프로그램을 만들거나(신뢰 수준 Full), 잘못된 응용 프로그램 ID에 연결된 응용 프로그램을 바꾸거나, 있는 응용 프로그램을 업데이트합니다.',
  'script.block.lync-trust.oauth-configuration.realm': '전역 OAuth 구성에 Exchange의 자동 검색 URL과 영역(SIP 도메인과 다름)을 설정합니다. 바뀌지 않은 값은 그대로 둡니다.',
  'script.block.lync-trust.oauth-configuration': '전역 OAuth 구성의 Exchange 자동 검색 URL이 다르면 설정합니다(영역은 Lync의 기본값인 SIP 도메인으로 유지됩니다).',
  'script.block.lync-trust.post-check': '사후 검사: Exchange의 파트너 응용 프로그램과 전역 OAuth 구성을 출력하고, 예상과 다른 점이 있으면 경고합니다.',
  'script.block.lync-trust.record': '이번 실행에서 변경한 내용과 바뀌기 전의 값을 롤백 스크립트용으로 {file}에 기록합니다.',

  'script.block.verify.values': '프로젝트의 값: 테스트 사용자와, 테스트 출력을 보관하는 파일({file}, 마법사의 확인 단계용)입니다.',
  'script.block.verify.test.delete':
    '최종 테스트: 저장소 서비스가 Lync로서 Exchange에 로그온하여 테스트 사용자의 대화 내용 폴더에 테스트 항목을 쓴 다음 삭제합니다(-DeleteItem).',
  'script.block.verify.test.keep':
    '최종 테스트: 저장소 서비스가 Lync로서 Exchange에 로그온하여 테스트 사용자의 대화 내용 폴더에 테스트 항목을 씁니다(프로젝트 설정에 따라 삭제하지 않고 유지).',
  'script.block.verify.archiving':
    '보관 확인: Exchange 보관이 IM 대화 내용을 보관하는 사서함의 복구 가능한 항목(-Folder Dumpster)을 대상으로 같은 테스트를 실행합니다. 사용자가 보관에 사용하도록 설정될 때까지는 실패합니다.',
  'script.block.verify.output': '사후 검사: 출력을 {file}(UTF-8)에 쓰고 테스트 통과 여부를 알려 줍니다.',

  'script.block.archiving.values': '값: 이번 실행에서 변경한 내용을 기록할 위치입니다({file}, 롤백 스크립트용).',
  'script.block.archiving.pre-check': '사전 검사: Lync Server 관리 셸인지 확인하고, 현재의 전역 보관 구성과 정책을 읽습니다.',
  'script.block.archiving.configuration':
    'Exchange에 보관합니다(EnableExchangeArchiving $true). 보관이 꺼져 있을 때만 IM 보관(ImOnly)을 켜고, 이미 ImAndWebConf로 설정되어 있으면 그대로 둡니다.',
  'script.block.archiving.policy': '전역 보관 정책에서 내부 및 외부 대화의 보관이 켜져 있지 않으면 켭니다.',
  'script.block.archiving.post-check': '사후 검사: 보관 구성과 정책을 출력하고, 변경한 내용을 롤백 스크립트용으로 기록합니다.',

  'script.block.contact-store.values': '값: 테스트 사용자, 사용자별 정책 {policy}, 이번 실행에서 변경한 내용을 기록할 위치입니다.',
  'script.block.contact-store.pre-check': '사전 검사: Lync Server 관리 셸인지, 테스트 사용자가 Lync에 사용하도록 설정되어 있는지 확인하고, 전역 사용자 서비스 정책을 읽습니다.',
  'script.block.contact-store.grant':
    '전역 정책이 이미 연락처 저장소를 허용하면 아무것도 변경하지 않습니다. 사용자는 로그인할 때 연락처를 Exchange로 옮깁니다. 그렇지 않으면 테스트 사용자에게만 연락처 저장소를 허용하는 정책을 부여합니다(파일럿).',
  'script.block.contact-store.post-check':
    '사후 검사: 정책을 출력하고, 변경한 내용을 기록하고, 테스트 사용자에 대한 Exchange의 연락처 저장소 알림을 테스트합니다(Test-CsExStorageNotification).',

  'script.block.undo-exchange-trust.records':
    '번들 폴더에서 {changesFile}(01이 기록한 내용)을 읽고, 없으면 {stateFile}(01 전에 {collectScript}이(가) 수집한 상태)을 읽습니다.',
  'script.block.undo-exchange-trust.plan': '제거할 항목을 정합니다. 기록에 있는 항목, 기록이 없으면 이전에 수집한 상태에 없던 Lync 파트너 응용 프로그램입니다.',
  'script.block.undo-exchange-trust.remove':
    '해당 파트너 응용 프로그램을 제거한 다음, 01이 만든 역할 할당과 메일 사용자를 제거합니다(-Confirm:$false를 지정하지 않으면 각각 확인을 요청합니다).',
  'script.block.undo-exchange-trust.post-check':
    '사후 검사: 남아 있는 Lync 파트너 응용 프로그램을 출력하고, 제거한 항목이 있으면 각 Exchange 서버에서 IIS를 다시 시작합니다(이 셸의 서버는 마지막).',
  'script.block.undo-lync-trust.records':
    '{changesFile}(02가 기록한 내용과 바뀌기 전의 값)을 읽고, 없으면 {stateFile}(02 전에 {collectScript}이(가) 수집한 상태)을 읽습니다.',
  'script.block.undo-lync-trust.plan': '02 이전의 상태를 정합니다. 각 항목을 처음 변경한 실행의 기록에 바뀌기 전의 값이 있습니다.',
  'script.block.undo-lync-trust.partner-application':
    "파트너 응용 프로그램을 되돌립니다. 02가 'Exchange'를 만들었거나 잘못 연결된 응용 프로그램을 바꿨으면 제거하고, 그렇지 않으면 메타 데이터 URL과 신뢰 수준을 원래대로 되돌립니다.",
  'script.block.undo-lync-trust.oauth-configuration': '02가 변경한 전역 OAuth 구성의 ExchangeAutodiscoverUrl과 Realm을 복원합니다.',
  'script.block.undo-archiving.records': '번들 폴더에서 {changesFile}을(를) 읽습니다. 04가 바꾸기 전의 값입니다.',
  'script.block.undo-archiving.restore': '각 항목을 처음 변경한 실행의 기록으로 보관 구성과 정책을 복원합니다.',
  'script.block.undo-contact-store.records': '번들 폴더에서 {changesFile}을(를) 읽습니다. 05가 부여하고 만든 항목입니다.',
  'script.block.undo-contact-store.restore':
    '사용자에게 이전 정책을 돌려주고 연락처를 Lync로 다시 옮긴 다음, 파일럿 정책을 제거합니다(더 이상 누구에게도 부여되어 있지 않아야 합니다).',
};
