/** "Exchange가 Lync를 신뢰" 및 "Lync가 Exchange를 신뢰" 단계: 생성된 스크립트, 옵션, 내보내기. */
import type { scripts as english } from '../en/scripts';

export const scripts: Record<keyof typeof english, string> = {
  'scripts.intro.exchange':
    'Exchange 관리자가 Exchange 서버의 Exchange 관리 셸에서 이 스크립트를 실행합니다. 먼저 인증 인증서, Lync 메타 데이터 다운로드, 허용 도메인을 검사하고, Lync 파트너 응용 프로그램을 한 번만 만든 다음(다시 실행하면 중복으로 추가하지 않고 새로 고침) 각 Exchange 서버에서 IIS를 다시 시작합니다. 먼저 -WhatIf로 실행하십시오.',
  'scripts.intro.lync':
    'Lync 관리자가 프런트 엔드 서버의 Lync Server 관리 셸에서 이 스크립트를 실행합니다. 먼저 OAuthTokenIssuer 인증서와 Exchange 메타 데이터 다운로드를 검사한 다음, Exchange용 파트너 응용 프로그램을 만들거나 업데이트하고 Lync가 Exchange 자동 검색을 가리키도록 설정합니다. 그런 다음 03-verify.ps1이 양방향을 증명합니다. 각 스크립트를 먼저 -WhatIf로 실행하십시오.',
  'scripts.options': '스크립트를 바꾸는 옵션',
  'scripts.option.trustAnySslCertificate': 'Exchange가 Lync 풀의 모든 TLS 인증서를 허용(권장하지 않음)',
  'scripts.option.trustAnySslCertificate.hint':
    'Exchange가 풀 인증서를 신뢰할 수 없을 때를 위해 -TrustAnySSLCertificate $true를 추가합니다. 가능하면 대신 모든 Exchange 서버에서 발급 CA를 신뢰하십시오.',
  'scripts.option.lyncTrustsExchangeBy': 'Lync가 Exchange를 신뢰하는 방법',
  'scripts.option.lyncTrustsExchangeBy.metadata': 'Exchange 메타 데이터 URL(프런트 엔드가 다운로드)',
  'scripts.option.lyncTrustsExchangeBy.certificate': 'Exchange 인증 인증서(프런트 엔드가 Exchange 메타 데이터를 다운로드할 수 없을 때)',
  'scripts.option.archiving': 'IM 대화 내용을 Exchange에 보관(보관 통합, 04-enable-archiving.ps1 추가)',
  'scripts.option.archiving.hint': '전역 보관 정책에서 보관을 켭니다. 보존 담당자와 협의하십시오. 그러면 03-verify.ps1이 복구 가능한 항목도 테스트합니다.',
  'scripts.option.unifiedContactStore': '통합된 연락처 저장소(05-enable-unified-contact-store.ps1 추가)',
  'scripts.option.unifiedContactStore.hint': '전역 정책에서 아직 허용하지 않으면 테스트 사용자에게만 허용하는 정책을 부여합니다.',
  'scripts.option.deleteTestItem': '마지막 테스트 후 테스트 항목 삭제',
  'scripts.option.deleteTestItem.hint': 'Test-CsExStorageConnectivity에 -DeleteItem을 전달하여 테스트 사용자의 사서함에 아무것도 남기지 않습니다.',
  'scripts.generating': '스크립트를 작성하는 중…',
  'scripts.refused': '아직 스크립트를 작성할 수 없습니다:',
  'scripts.refusedHint': '위에 나온 값을 수정하십시오(대부분 토폴로지 단계에 있음). 모든 값을 스크립트에 안전하게 넣을 수 있게 되면 바로 스크립트가 나타납니다.',
  'scripts.copyFile': '스크립트 복사',
  'scripts.copyFileLabel': '스크립트 복사: {file} 전체',
  'scripts.copyBlock': '복사',
  'scripts.copyBlockLabel': '{file}의 블록 {number} 복사',
  'scripts.copied': '복사했습니다.',
  'scripts.others.exchange': '나머지 Exchange 스크립트({count}개): 먼저 상태 수집, 필요하면 롤백',
  'scripts.others.lync': '나머지 Lync 스크립트({count}개): 상태 수집, 확인, 선택적 기능, 롤백',
  'scripts.export': '번들 내보내기',
  'scripts.exportHint': '두 관리자의 모든 스크립트, 롤백 스크립트, Runbook(RUNBOOK.md, RUNBOOK.html)을 Windows PowerShell용 BOM 포함 UTF-8 및 CRLF로 내보냅니다.',
  'scripts.exportFolder': '폴더로 내보내기…',
  'scripts.exportZip': 'zip 파일로 내보내기…',
  'scripts.exported': '파일 {count}개를 {location}(으)로 내보냈습니다.',
};
