/**
 * 검사 결과(finding)의 한국어: 각 ID의 제목과, core가 영어로 만드는 세부 정보 및 해결 방법의 메시지 템플릿
 * (electron/core/message-catalogue.ts). {name} 자리에는 core가 넘긴 값이 그대로 들어가므로 명령, 이름, URL은
 * 번역되지 않습니다. 용어는 Microsoft의 한국어 Lync Server 2013 문서를 따릅니다(서버 간 인증, 파트너 응용 프로그램,
 * 프런트 엔드 서버, 관리 셸, 자동 검색, 허용 도메인, 영역).
 */
import type { FindingId } from '../../../../electron/core/findings';
import type { FindingMessageKey } from '../../../../electron/core/message-catalogue';

export const findingTitles: Record<FindingId, string> = {
  'project.required': '필수 값이 없습니다',
  'project.invalid-fqdn': '올바른 FQDN(정규화된 도메인 이름)이 아닙니다',
  'project.invalid-sip-uri': '올바른 SIP URI가 아닙니다',
  'project.sip-domain-mismatch': '테스트 사용자의 SIP 도메인이 SIP 도메인과 다릅니다',
  'project.invalid-url': '올바른 https URL이 아닙니다',
  'project.autodiscover-url-path': 'Exchange 메타 데이터 URL의 경로가 잘못되었습니다',
  'project.invalid-path': '올바른 Windows 폴더 경로가 아닙니다',

  'cert.unreadable': '인증서 파일을 읽을 수 없습니다',
  'cert.password-required': 'PFX 파일에 암호가 필요합니다',
  'cert.password-wrong': '이 암호로 PFX 파일을 열 수 없습니다',
  'cert.unsupported-algorithm': '이 도구가 읽을 수 없는 알고리즘(EC/ECDSA)을 사용하는 인증서입니다',
  'cert.expired': '인증서가 만료되었습니다',
  'cert.not-yet-valid': '인증서가 아직 유효하지 않습니다',
  'cert.expires-soon': '인증서가 곧 만료됩니다',
  'cert.key-too-small': '키가 2048비트보다 작습니다',
  'cert.weak-signature': '인증서가 약한 해시로 서명되었습니다',
  'cert.no-private-key': '파일에 인증서의 개인 키가 없습니다',
  'cert.subject-missing-sip-domain': '주체나 SAN에 SIP 도메인이 없습니다',
  'cert.hostname-mismatch': '인증서에 호스트 이름이 없습니다',
  'cert.untrusted-chain': '인증서가 신뢰할 수 있는 루트로 연결되지 않습니다',
  'cert.self-signed': '자체 서명된 인증서입니다',
  'cert.no-server-auth': '서버 인증용 인증서가 아닙니다',
  'cert.ca-unreadable': '신뢰할 수 있는 CA 파일을 읽을 수 없습니다',

  'metadata.unreachable': '끝점에 연결할 수 없습니다',
  'metadata.timeout': '끝점이 제시간에 응답하지 않았습니다',
  'metadata.tls-untrusted': '끝점의 TLS 인증서를 신뢰할 수 없습니다',
  'metadata.http-status': '끝점이 200 OK로 응답하지 않았습니다',
  'metadata.redirect-refused': '리디렉션을 따르지 않았습니다',
  'metadata.too-large': '메타 데이터 문서가 1MiB보다 큽니다',
  'metadata.not-json': '메타 데이터 문서가 JSON 개체가 아닙니다',
  'metadata.no-keys': '메타 데이터 문서에 서명 키가 없습니다',
  'metadata.key-undecodable': '메타 데이터 문서의 키가 읽을 수 있는 인증서가 아닙니다',
  'metadata.wrong-service': '메타 데이터 문서가 다른 서비스의 것입니다',
  'metadata.issuer-mismatch': '발급자가 <service>@<realm> 형식이 아닙니다',
  'metadata.realm-mismatch': '문서의 영역이 프로젝트의 영역과 다릅니다',
  'metadata.x5t-mismatch': '키의 x5t가 해당 인증서의 지문과 다릅니다',
  'metadata.key-expired': '서명 키가 만료되었습니다',
  'metadata.key-mismatch': '프로젝트의 인증서와 일치하는 키가 없습니다',
  'metadata.key-not-compared': '키를 프로젝트의 인증서와 비교하지 않았습니다',
  'metadata.not-checked': '메타 데이터 문서를 검사하지 않았습니다',

  'exchange.trusts-lync': 'Exchange가 Lync를 토큰 발급자로 신뢰합니다',
  'exchange.does-not-trust-lync': 'Exchange가 아직 Lync를 토큰 발급자로 신뢰하지 않습니다',
  'exchange.trust-unknown': 'Exchange가 Lync를 신뢰하는지 확인할 수 없습니다',

  'script.trust-any-certificate': 'Exchange가 Lync 풀의 모든 TLS 인증서를 허용하도록 설정되어 있습니다',

  'diag.success': '사서함 쓰기 테스트에 성공했습니다',
  'diag.wildcard-accepted-domain': 'Exchange가 Lync의 영역을 허용 도메인과 대응시킬 수 없습니다(와일드카드 허용 도메인)',
  'diag.oauth-401': 'Exchange가 Lync의 OAuth 토큰을 거부했습니다(401 Unauthorized)',
  'diag.access-denied': '테스트를 실행한 계정에 저장소 서비스 사용 권한이 없습니다(Access Denied)',
  'diag.autodiscover-failed': '저장소 서비스가 자동 검색으로 사용자의 사서함을 찾지 못했습니다',
  'diag.empty-response': 'Exchange의 응답이 비어 있습니다(오류 574)',
  'diag.metadata-download-failed': 'Lync가 Exchange의 메타 데이터 문서를 다운로드하지 못했습니다',
  'diag.no-mailbox': '테스트 사용자에게 테스트가 쓸 수 있는 사서함이 없습니다',
  'diag.unknown': 's2s-wizard가 인식할 수 없는 출력입니다',

  'state.duplicate-lync-partner-applications': 'Exchange에 LyncEnterprise 파트너 응용 프로그램이 둘 이상 있습니다',
  'state.no-enabled-lync-partner': 'Exchange에 사용하도록 설정된 Lync 파트너 응용 프로그램이 없습니다',
  'state.auth-certificate-missing': 'Exchange 인증 인증서가 없습니다',
  'state.auth-certificate-expired': 'Exchange 인증 인증서가 만료되었습니다',
  'state.auth-certificate-expires-soon': 'Exchange 인증 인증서가 곧 만료됩니다',
  'state.auth-certificate-next-staged': '다음 Exchange 인증 인증서가 준비되어 있습니다',
  'state.oauth-disabled': 'EWS 또는 자동 검색 가상 디렉터리에서 OAuth 인증이 꺼져 있습니다',
  'state.wildcard-accepted-domain': 'Exchange에 와일드카드 허용 도메인이 있습니다',
  'state.autodiscover-internal-uri-missing': 'AutoDiscoverServiceInternalUri가 설정되지 않았습니다',
  'state.oauth-token-issuer-missing': 'Lync에 OAuthTokenIssuer 인증서가 없습니다',
  'state.oauth-token-issuer-expired': 'Lync의 OAuthTokenIssuer 인증서가 현재 유효하지 않습니다',
  'state.no-exchange-partner': 'Lync에 Exchange용 파트너 응용 프로그램이 없습니다',
  'state.exchange-partner-wrong-id': 'Lync의 Exchange 파트너 응용 프로그램의 응용 프로그램 ID가 잘못되었습니다',
  'state.autodiscover-url-unset': 'Lync의 ExchangeAutodiscoverUrl이 설정되지 않았습니다',
  'state.autodiscover-url-xml': 'Lync의 ExchangeAutodiscoverUrl이 .xml로 끝납니다',
};

export const findingMessages: Record<FindingMessageKey, string> = {
  // 프로젝트(validate-project.ts, values.ts)
  'project.required.detail': '{field}이(가) 비어 있습니다.',
  'project.required.fix.sipDomain': 'SIP 도메인을 입력하십시오(예: litwareinc.com).',
  'project.required.fix.lyncPoolFqdn': 'Lync/비즈니스용 Skype 풀의 FQDN을 입력하십시오(예: atl-cs-001.litwareinc.com).',
  'project.required.fix.exchangeAutodiscoverFqdn': 'Exchange 자동 검색 FQDN을 입력하십시오(예: autodiscover.litwareinc.com).',
  'project.required.fix.testUserSipUri': '테스트 사용자의 SIP URI를 입력하십시오(예: sip:kenmyer@litwareinc.com).',
  'project.required.fix.exchangeServers': 'Exchange 서버 FQDN을 하나 이상 입력하십시오(각 서버에서 iisreset을 실행합니다).',
  'project.invalid-fqdn.detail': "'{value}'은(는) 올바른 FQDN이 아닙니다. {reason}.",
  'project.invalid-fqdn.fix': '서버가 알고 있는 DNS 이름을 입력하십시오(예: atl-cs-001.litwareinc.com).',
  'project.invalid-url.detail': "'{value}'은(는) 올바른 https URL이 아닙니다. {reason}.",
  'project.invalid-url.fix': '절대 https URL을 입력하거나, 필드를 비워 FQDN에서 만든 기본값을 사용하십시오.',
  'project.autodiscover-url-path.detail':
    "Exchange는 메타 데이터를 {expectedPath}에 게시하지만 이 URL의 경로는 '{path}'입니다. (Microsoft의 New-CsPartnerApplication 문서 예제 1에는 /autodiscover가 빠져 있으며, 그대로 실행하면 'The metadata document could not be downloaded' 오류로 실패합니다.)",
  'project.autodiscover-url-path.fix': '{url}을(를) 사용하십시오.',
  'project.invalid-sip-uri.detail': "'{value}'은(는) 올바른 SIP URI가 아닙니다. {reason}.",
  'project.invalid-sip-uri.fix': 'Exchange 2013 이상의 사서함이 있는 사용자의 SIP 주소를 입력하십시오(예: sip:kenmyer@litwareinc.com).',
  'project.sip-domain-mismatch.detail':
    '테스트 사용자는 {userDomain}에 있고 SIP 도메인은 {sipDomain}입니다. {userDomain}이(가) 같은 배포의 다른 SIP 도메인이면서 Exchange의 허용 도메인인 경우에만 작동합니다.',
  'project.sip-domain-mismatch.fix': 'Get-CsSipDomain으로 {userDomain}이(가) SIP 도메인인지 확인하거나, {sipDomain}에 있는 테스트 사용자를 선택하십시오.',
  'project.invalid-path.detail': "'{value}'은(는) 사용할 수 있는 Exchange 설치 경로가 아닙니다. {reason}.",
  'project.invalid-path.fix': 'Exchange의 Scripts 폴더가 들어 있는 폴더를 입력하거나, 필드를 비워 서버의 $env:ExchangeInstallPath를 사용하십시오.',

  'project.reason.empty': '값이 비어 있습니다',
  'project.reason.fqdn-too-long': '253자보다 깁니다',
  'project.reason.blank': '공백 문자가 들어 있습니다',
  'project.reason.not-ascii': 'ASCII가 아닌 문자가 들어 있습니다(국제 도메인 이름은 xn-- 형식을 사용하십시오)',
  'project.reason.trailing-dot': '점으로 끝납니다',
  'project.reason.single-label': '레이블이 하나뿐입니다. 정규화된 이름은 atl-cs-001.litwareinc.com과 같은 형식입니다',
  'project.reason.empty-label': '빈 레이블이 있습니다(점이 연속으로 두 개 있음)',
  'project.reason.bad-label': "레이블 '{label}'에는 문자, 숫자, 중간의 하이픈만 사용할 수 있으며 최대 63자입니다",
  'project.reason.ip-address': 'IP 주소로 보입니다. DNS 이름을 사용하십시오',
  'project.reason.sip-form': 'sip:user@domain 형식이어야 합니다(예: sip:kenmyer@litwareinc.com)',
  'project.reason.sip-user': "사용자 부분에는 문자, 숫자와 . _ % + ' -만 사용할 수 있습니다",
  'project.reason.sip-domain': '도메인이 올바르지 않습니다. {reason}',
  'project.reason.url-blank': '공백 또는 제어 문자가 들어 있습니다',
  'project.reason.url-not-absolute': '절대 URL(https://host/path)이 아닙니다',
  'project.reason.url-scheme': '{scheme}을(를) 사용합니다. https만 허용됩니다',
  'project.reason.url-credentials': '사용자 이름 또는 암호가 들어 있습니다',
  'project.reason.url-query': '쿼리 또는 조각(fragment)이 들어 있습니다',
  'project.reason.url-host': '호스트가 올바르지 않습니다. {reason}',
  'project.reason.path-not-absolute': '{example}과(와) 같은 절대 로컬 경로여야 합니다',
  'project.reason.path-character': 'Windows 경로에 사용할 수 없는 문자가 들어 있습니다',
  'project.reason.path-dot-dot': '.. 구간이 들어 있습니다',
  'project.reason.path-too-long': '240자보다 깁니다',

  // 인증서(check-certificate.ts, load-finding.ts, project-certificates.ts, verify-chain.ts, cert-fixes.ts)
  'cert.role.oauth-issuer': 'OAuthTokenIssuer 인증서',
  'cert.role.exchange-auth': 'Exchange 인증 인증서',
  'cert.role.tls': 'TLS 인증서',

  'cert.password-required.detail': '암호로 보호된 PFX 파일입니다. ({reason})',
  'cert.password-required.fix':
    'PFX 암호를 입력하십시오(마법사에서는 메모리에만 보관되며 저장되지 않습니다). 명령줄에서는 암호를 환경 변수에 넣고 {option}으로 그 변수를 지정하십시오.',
  'cert.password-wrong.detail': '이 암호로 PFX 파일을 열 수 없습니다. ({reason})',
  'cert.password-wrong.fix': 'PFX를 내보낼 때 사용한 암호를 입력하십시오. 암호를 아는 사람이 없으면 새 암호로 인증서를 다시 내보내십시오.',
  'cert.unsupported-algorithm.detail': '이 도구가 읽을 수 없는 알고리즘입니다. ({reason})',
  'cert.unsupported-algorithm.fix.tls':
    'TLS 자체로는 서버에서 고칠 것이 없습니다. EC 인증서는 TLS에 사용해도 됩니다. 다만 이 도구는 EC 인증서를 읽을 수 없으므로 이 인증서의 만료일, 이름, 체인은 다른 도구로 확인하십시오.',
  'cert.unsupported-algorithm.fix.signing': 'Lync와 Exchange는 서버 간 토큰에 RSA로 서명합니다. 2048비트 이상의 RSA 인증서를 사용하십시오.',
  'cert.unreadable.detail': '인증서 파일을 읽을 수 없습니다. ({reason})',
  'cert.unreadable.fix.oauth-issuer':
    '프런트 엔드 서버의 컴퓨터 인증서 저장소에서 인증서를 다시 내보내십시오(certlm.msc → 개인 → 인증서 → 모든 작업 → 내보내기). 검사에는 DER 또는 Base-64 .cer, 가져오기에는 개인 키가 포함된 .pfx가 필요합니다. 할당된 인증서는 {command}(으)로 확인할 수 있습니다.',
  'cert.unreadable.fix.exchange-auth':
    'Exchange 서버의 컴퓨터 인증서 저장소(certlm.msc)에서 인증서를 DER 또는 Base-64 .cer로 다시 내보내십시오. 사용 중인 인증서는 {command}(으)로 확인할 수 있습니다.',
  'cert.unreadable.fix.tls': '인증서를 다시 내보내십시오(DER 또는 Base-64 .cer, 또는 PEM).',
  'cert.ca-unreadable.detail': 'CA 파일을 읽을 수 없습니다. ({reason})',
  'cert.ca-unreadable.fix': 'trustedCaFiles가 프로젝트 파일 기준 상대 경로로 CA 인증서 파일(PEM 또는 DER .cer)을 가리키도록 하거나, 해당 항목을 제거하십시오.',
  'cert.reason.read-missing': '{file}({field})을(를) 읽을 수 없습니다. 파일이 없습니다.',
  'cert.reason.read-denied': '{file}({field})을(를) 읽을 수 없습니다. 액세스 권한이 없습니다.',
  'cert.reason.read-folder': '{file}({field})을(를) 읽을 수 없습니다. 폴더입니다.',
  'cert.reason.read-failed': '{file}({field})을(를) 읽을 수 없습니다: {error}.',
  'cert.reason.no-certificate': '서버가 인증서를 제시하지 않았습니다.',

  'cert.not-yet-valid.detail.tls': '{what}은(는) {notBefore}부터 유효하므로 그 전에는 사용할 수 없습니다. 이 컴퓨터와 서버의 시계도 확인하십시오.',
  'cert.not-yet-valid.detail.signing': '{what}은(는) {notBefore}부터 유효하므로 그 전에는 토큰 서명에 사용할 수 없습니다. 이 컴퓨터와 서버의 시계도 확인하십시오.',
  'cert.not-yet-valid.fix.oauth-issuer': '{command}(으)로 {notBefore} 이후에 적용되도록 준비하거나, 지금 유효한 인증서를 사용하십시오.',
  'cert.not-yet-valid.fix': '지금 유효한 인증서를 사용하십시오.',
  'cert.expired.detail.tls': '{what}이(가) {notAfter}에 만료되었습니다({days}일 전). 클라이언트가 연결을 거부합니다.',
  'cert.expired.detail.signing': '{what}이(가) {notAfter}에 만료되었습니다({days}일 전). 이 인증서로 서명한 토큰이 거부되므로 서버 간 인증이 실패합니다.',
  'cert.expires-soon.detail':
    '{what}이(가) {notAfter}에 만료됩니다. {days}일 남았습니다(Exchange HealthChecker 기준과 같이 {errorDays}일 미만이면 오류, {warningDays}일 미만이면 경고).',

  'cert.key-too-small.detail': '{what}의 RSA 키는 {bits}비트입니다. {minimum}비트 이상이어야 합니다.',
  'cert.key-too-small.detail.oauth-issuer':
    '{what}의 RSA 키는 {bits}비트입니다. {minimum}비트 이상이어야 합니다(비즈니스용 Skype 문서 기준이며, Lync 2013 표는 1024비트를 허용하지만 경고합니다).',
  'cert.key-too-small.fix': '키가 {minimum}비트 이상인 인증서를 요청하십시오. {replacement}',
  'cert.weak-signature.detail.broken': '약한 해시로 서명되었습니다: {listed}. MD5/MD2 서명은 위조할 수 있습니다.',
  'cert.weak-signature.detail.deprecated': '약한 해시로 서명되었습니다: {listed}. SHA-1 서명은 더 이상 사용되지 않으며 Exchange HealthChecker도 이를 경고합니다.',
  'cert.weak-signature.listed.leaf': '이 인증서({algorithm})',
  'cert.weak-signature.listed.leaf-and-issuers': '이 인증서({algorithm}), {issuers}',
  'cert.weak-signature.fix': 'SHA-256으로 서명된 인증서를 요청하십시오. {replacement}',

  'cert.no-private-key.detail.pfx': 'PFX에 인증서는 있지만 개인 키가 없습니다. Import-CsCertificate에는 키가 필요하며, 모든 프런트 엔드 서버가 이 키로 토큰에 서명합니다.',
  'cert.no-private-key.detail.certificate-only': '인증서만 있습니다. 검사에는 충분하지만 가져오기에는 충분하지 않습니다.',
  'cert.subject-missing-sip-domain.detail.under-domain':
    '인증서에 {names}은(는) 있지만 SIP 도메인 {sipDomain} 자체는 없습니다. Lync 2013 인증서 표는 서버 FQDN을 허용하지만, 비즈니스용 Skype 문서는 주체에 SIP 도메인을 요구합니다.',
  'cert.subject-missing-sip-domain.detail':
    '주체와 SAN 어디에도 SIP 도메인 {sipDomain}이(가) 없습니다(찾은 이름: {names}). OAuthTokenIssuer 인증서의 주체에는 SIP 도메인이 있어야 합니다.',
  'cert.subject-missing-sip-domain.detail.no-names':
    '주체와 SAN 어디에도 SIP 도메인 {sipDomain}이(가) 없습니다(이름이 하나도 없음). OAuthTokenIssuer 인증서의 주체에는 SIP 도메인이 있어야 합니다.',
  'cert.subject-missing-sip-domain.fix': 'CN={sipDomain}인 인증서를 요청하고(추가 SIP 도메인은 SAN으로) 할당하십시오. {current}',
  'cert.self-signed.detail.exchange-auth':
    '예상된 결과입니다. Exchange 설치 프로그램은 인증 인증서를 자체 서명으로 만들며, 파트너는 CA가 아니라 Exchange의 메타 데이터 문서를 통해 이 인증서를 신뢰합니다.',
  'cert.self-signed.detail.oauth-issuer':
    'Exchange는 Lync의 메타 데이터 문서에서 키를 가져오므로 토큰 서명에는 CA가 관여하지 않습니다. Microsoft의 표에서는 내부 CA나 공용 CA가 발급한 OAuthTokenIssuer 인증서를 설명합니다.',
  'cert.self-signed.detail.tls': '끝점이 자체 서명된 인증서를 제시합니다. 연결하는 모든 서버가 바로 이 인증서를 신뢰해야 합니다.',
  'cert.hostname-mismatch.detail': '인증서에 {host}이(가) 없습니다. 클라이언트가 연결을 거부합니다.',
  'cert.hostname-mismatch.detail.names': '인증서에 {host}이(가) 없습니다. 인증서의 이름은 {names}입니다. 클라이언트가 연결을 거부합니다.',
  'cert.hostname-mismatch.detail.no-names': '인증서에 {host}이(가) 없습니다. 인증서에 이름이 하나도 없습니다. 클라이언트가 연결을 거부합니다.',
  'cert.untrusted-chain.detail': '체인이 신뢰할 수 있는 루트로 이어지지 않습니다. {reason}.',
  'cert.no-server-auth.detail': '인증서의 확장 키 사용({usages})에 서버 인증이 없으므로 TLS 클라이언트가 이 인증서를 거부합니다.',

  'cert.chain.root-outside-validity': '신뢰할 수 있는 루트 {name}이(가) 유효 기간을 벗어났습니다',
  'cert.chain.unverifiable-signature': '{name}의 서명에 이 도구가 확인할 수 없는 알고리즘이 사용되었습니다',
  'cert.chain.ec-root': '발급자 {issuer}은(는) EC 키를 사용하는 신뢰할 수 있는 루트이며 이 도구로는 확인할 수 없습니다',
  'cert.chain.self-signed': '{name}은(는) 자체 서명되었으며 신뢰 저장소에 없습니다',
  'cert.chain.unknown-issuer': '신뢰할 수 있는 기관이 {name}을(를) 발급하지 않았습니다. 발급자 {issuer}은(는) 신뢰할 수 있는 루트도 아니고 파일에도 없습니다',
  'cert.chain.issuer-outside-validity': '발급 인증서 {name}이(가) 유효 기간({notBefore} ~ {notAfter})을 벗어났습니다',
  'cert.chain.too-long': '체인의 인증서가 10개를 넘습니다',
  'cert.chain.node-refused': 'Node가 거부했습니다: {reason}',

  'cert.fix.oauth-issuer.replace-now':
    '새 인증서(RSA, 2048비트 이상, 주체에 SIP 도메인, 내보낼 수 있는 개인 키)를 받아 Lync Server 관리 셸에서 프런트 엔드 서버 한 대에 할당하십시오: {importCommand} (인증서가 이미 컴퓨터 저장소에 있으면: {setCommand}). 복제를 통해 모든 프런트 엔드 서버에 배포됩니다. {refresh}',
  'cert.fix.oauth-issuer.roll':
    '현재 인증서가 만료되는 {notAfter}보다 최소 24시간 전에 적용되도록 새 인증서(RSA, 2048비트 이상, 주체에 SIP 도메인, 내보낼 수 있는 개인 키)를 준비하십시오: {rollCommand} (또는 {importRollCommand}). 새 인증서가 적용된 후: {removePreviousCommand}. {refresh}',
  'cert.fix.oauth-issuer.import-with-key':
    "개인 키와 함께 인증서를 다시 내보낸 다음(인증서 내보내기 마법사: '예, 개인 키를 내보냅니다', .pfx) 프런트 엔드 서버 한 대에 할당하십시오: {importCommand}",
  'cert.fix.oauth-issuer.assign-existing':
    '인증서를 검사하는 데는 .cer로 충분합니다. 할당하려면 개인 키가 포함된 .pfx를 가져오거나({importCommand}), 인증서가 이미 프런트 엔드 서버의 컴퓨터 저장소에 있으면 다음을 실행하십시오: {setCommand}',
  'cert.fix.oauth-issuer.current': '현재 할당된 인증서 확인: {command}',
  'cert.fix.oauth-issuer.refresh-on-exchange': '그런 다음 Exchange 관리 셸에서 Exchange가 Lync의 새 키를 읽게 하십시오: {command}',
  'cert.fix.exchange-auth.replace-now':
    'Exchange 관리 셸에서: {commands}. 그런 다음 {restartCommand}와(과) iisreset을 실행하십시오(또는 MSExchangeOWAAppPool 및 MSExchangeECPAppPool 응용 프로그램 풀을 다시 시작). 게시에는 최대 한 시간이 걸릴 수 있으며, 하이브리드 조직에서는 하이브리드 구성 마법사를 다시 실행하십시오. {lyncRereads}. CSS-Exchange의 {monitorCommand}도 같은 작업을 합니다.',
  'cert.fix.exchange-auth.stage-next':
    'Exchange 관리 셸에서 최소 48시간 전에 다음 인증서를 준비하십시오: {commands}. Exchange는 그 날짜에 새 인증서로 전환합니다. 그 후 이전 인증서를 지우십시오: {clearCommand}. {lyncRereads}. CSS-Exchange의 {monitorCommand}는 남은 기간이 60일 미만이면 인증서를 갱신합니다.',
  'cert.fix.exchange-auth.current': '사용 중인 인증서 확인: {command}',
  'cert.fix.exchange-auth.lync-rereads': '그런 다음 Lync Server 관리 셸에서 Exchange의 메타 데이터를 다시 연결하여 Lync가 새 키를 사용하게 하십시오: {command}',
  'cert.fix.tls.renew':
    '{host}이(가) 포트 443에서 제시하는 인증서를 갱신하고 새 인증서를 바인딩하십시오. Lync/SfB에서는 프런트 엔드 서버의 웹 서비스 인증서(배포 마법사, 인증서 요청, 설치 또는 할당), Exchange에서는 IIS에 바인딩된 인증서입니다: {command}',
  'cert.fix.tls.hostname':
    '주체 대체 이름에 {host}을(를) 넣어 인증서를 다시 발급하거나, 프로젝트에서 인증서에 있는 이름을 사용하십시오. Exchange는 {lyncUrl}을(를), Lync는 {exchangeUrl}을(를) 다운로드하므로 각 호스트 이름이 그곳에서 제공되는 인증서에 있어야 합니다.',
  'cert.fix.tls.trust':
    '여기에 연결하는 서버(풀 인증서는 Exchange 서버, 자동 검색 인증서는 프런트 엔드 서버)가 발급 루트를 신뢰하도록 컴퓨터의 신뢰할 수 있는 루트 인증 기관 저장소에 가져오십시오. 이 도구에서는 CA 파일을 프로젝트에 추가하십시오(인증서 단계 또는 trustedCaFiles, 명령줄에서는 --ca). -TrustAnySSLCertificate는 피하십시오. Microsoft는 프로덕션 환경에서 이 옵션을 권장하지 않습니다.',
  'cert.fix.tls.server-auth': '서버 인증 확장 키 사용({oid})을 포함하여 인증서를 다시 발급하십시오.',

  // 메타 데이터 문서(network-findings.ts, check-metadata.ts, cross-check-keys.ts, not-checked.ts, analyse-metadata.ts)
  'metadata.role.lync': 'Lync / 비즈니스용 Skype',
  'metadata.role.exchange': 'Exchange',
  'metadata.list.or': ' 또는 ',

  'metadata.fetched-by.lync': 'Exchange는 Lync 파트너 응용 프로그램을 만들 때({command}) 이 문서를 다운로드하므로 모든 Exchange 서버도 여기에 연결할 수 있어야 합니다.',
  'metadata.fetched-by.exchange': '모든 Lync 프런트 엔드 서버가 이 문서를 다운로드하므로({command}) 프런트 엔드 서버도 여기에 연결할 수 있어야 하며, 자동 검색 이름이 내부 네트워크에서 확인되어야 합니다.',
  'metadata.unreachable.detail': '끝점에 연결할 수 없습니다. ({reason})',
  'metadata.unreachable.detail.fetched-by': '끝점에 연결할 수 없습니다. ({reason}) {fetchedBy}',
  'metadata.unreachable.fix': '이 컴퓨터에서 {host}의 이름이 확인되는지({command}), 포트 443이 열려 있는지 확인하고 DNS 레코드나 방화벽을 수정하십시오.',
  'metadata.timeout.detail': '끝점이 제시간에 응답하지 않았습니다. ({reason})',
  'metadata.timeout.detail.fetched-by': '끝점이 제시간에 응답하지 않았습니다. ({reason}) {fetchedBy}',
  'metadata.timeout.fix':
    '이 컴퓨터에서 {host}이(가) 포트 443으로 응답하는지 확인하십시오({command}). 패킷을 버리는 방화벽이 있으면 연결이 실패하지 않고 멈춥니다. 시간 제한은 느리지만 작동하는 연결에서만 늘리십시오.',
  'metadata.tls-untrusted.detail': '{reason} {presented}',
  'metadata.tls-untrusted.detail.unreadable': '{reason} 인증서를 읽을 수 없습니다.',
  'metadata.tls-untrusted.presented': '제시된 인증서: {subject}, 발급자 {issuer}, 이름 {names}, 유효 기간 {notBefore} ~ {notAfter}, SHA-256 {fingerprint}.',
  'metadata.tls-untrusted.presented.no-names': '제시된 인증서: {subject}, 발급자 {issuer}, 이름 없음, 유효 기간 {notBefore} ~ {notAfter}, SHA-256 {fingerprint}.',
  'metadata.tls-untrusted.servers.lync':
    'Exchange도 이 인증서를 신뢰해야 합니다. 모든 Exchange 서버의 신뢰할 수 있는 루트 인증 기관에 CA를 가져오십시오({option}은(는) Microsoft가 프로덕션 환경에서 권장하지 않는 최후의 수단입니다).',
  'metadata.tls-untrusted.servers.exchange':
    '모든 Lync 프런트 엔드 서버도 이 인증서를 신뢰해야 합니다(Lync에는 모든 인증서를 신뢰하는 스위치가 없습니다). 각 프런트 엔드 서버의 신뢰할 수 있는 루트 인증 기관에 CA를 가져오십시오.',
  'metadata.tls-untrusted.servers.other': '이 문서를 가져오는 서버도 이 인증서를 신뢰해야 합니다.',
  'metadata.tls-untrusted.fix.unknown-ca':
    '알고 있는 인증서라면(SHA-256 지문을 서버의 지문과 비교하십시오) 여기에서 신뢰하십시오. CA를 가져오거나(프로젝트의 신뢰할 수 있는 CA 파일 또는 {option}) 이 끝점의 인증서를 지문으로 고정하십시오. {servers}',
  'metadata.tls-untrusted.fix.wrong-host':
    '인증서에 {host}이(가) 있어야 합니다. 주체 대체 이름에 {host}이(가) 포함된 인증서를 발급하여 {binding}에 바인딩하거나, 인증서에 있는 이름을 사용하십시오.',
  'metadata.tls-untrusted.fix.wrong-host.names':
    '인증서에 {host}이(가) 있어야 합니다(현재 이름: {names}). 주체 대체 이름에 {host}이(가) 포함된 인증서를 발급하여 {binding}에 바인딩하거나, 인증서에 있는 이름을 사용하십시오.',
  'metadata.tls-untrusted.binding.exchange': 'Exchange 서버의 IIS({command})',
  'metadata.tls-untrusted.binding.lync': '풀의 웹 서비스({command})',
  'metadata.tls-untrusted.binding.other': '서버',
  'metadata.tls-untrusted.fix.expired': '{host}이(가) 제시하는 인증서를 갱신하십시오(이 컴퓨터의 시계도 확인하십시오). {servers}',
  'metadata.tls-untrusted.fix.pin-mismatch':
    '끝점이 더 이상 고정된 인증서를 제시하지 않습니다. 인증서가 갱신되었거나 누군가 연결을 가로채고 있습니다. 새 지문을 서버의 인증서({commands})와 비교한 다음 다시 고정하거나 CA를 가져오십시오.',
  'metadata.tls-untrusted.fix.other': '{host}이(가) 제시하는 인증서 체인을 확인하십시오. {servers}',
  'metadata.too-large.detail': '메타 데이터 문서가 너무 큽니다. ({reason})',
  'metadata.too-large.fix': 'URL이나 파일을 확인하십시오. 메타 데이터 문서는 몇 KB에 불과합니다. 서비스 대신 프록시나 오류 페이지가 응답했을 수 있습니다.',
  'metadata.redirect-refused.detail': '{reason} Exchange와 Lync는 지정된 URL에서 그대로 문서를 가져옵니다.',
  'metadata.redirect-refused.fix': 'https를 통해 최종 URL을 직접 사용하십시오(https가 아닌 곳으로의 리디렉션은 중간에 있는 누구든 키를 바꿔치기할 수 있게 합니다).',
  'metadata.http-status.detail': '{url}이(가) 200 OK가 아니라 {answer}(으)로 응답했습니다.',
  'metadata.http-status.fix.401': '끝점이 인증을 요구하지만 Exchange와 Lync는 익명으로 문서를 가져옵니다. 익명 액세스를 허용하십시오.',
  'metadata.http-status.fix.403': '끝점이 익명 액세스를 거부하지만 Exchange와 Lync는 익명으로 문서를 가져옵니다. 익명 액세스를 허용하십시오.',
  'metadata.http-status.fix.404.exchange':
    '이 경로에는 게시된 것이 없습니다. Exchange의 경로는 {path}입니다(Microsoft의 New-CsPartnerApplication 예제에는 /autodiscover가 빠져 있습니다).',
  'metadata.http-status.fix.404.lync': '이 경로에는 게시된 것이 없습니다. Lync의 경로는 {url}입니다.',
  'metadata.http-status.fix.404': '이 경로에는 게시된 것이 없습니다.',
  'metadata.http-status.fix.server-error': '서버에서 오류가 발생했습니다. 웹 서버의 이벤트 로그와 이 요청에 대한 IIS 로그를 확인하십시오.',
  'metadata.http-status.fix.other': 'URL과 그 URL에서 응답하는 대상을 확인하십시오.',
  'metadata.not-json.detail': '메타 데이터 문서로 읽을 수 없습니다. ({reason})',
  'metadata.not-json.detail.content-type': '메타 데이터 문서로 읽을 수 없습니다. ({reason}) 서버는 {contentType}을(를) 보냈다고 합니다. 문서 대신 오류 페이지나 로그인 페이지일 수 있습니다.',
  'metadata.not-json.fix': 'URL이나 파일을 확인하십시오. 메타 데이터 문서는 serviceName, issuer, keys가 있는 JSON 개체 하나입니다.',

  'metadata.no-keys.detail.absent': '"keys" 속성이 없습니다. 서명 키가 없으면 어떤 파트너도 이 서비스가 발급하는 토큰을 확인할 수 없습니다.',
  'metadata.no-keys.detail.not-a-list': '"keys" 속성이 목록이 아닙니다. 서명 키가 없으면 어떤 파트너도 이 서비스가 발급하는 토큰을 확인할 수 없습니다.',
  'metadata.no-keys.detail.empty': '"keys" 목록이 비어 있습니다. 서명 키가 없으면 어떤 파트너도 이 서비스가 발급하는 토큰을 확인할 수 없습니다.',
  'metadata.no-keys.fix':
    'URL(서비스의 /metadata/json/1이어야 함)과 서비스에 토큰 서명 인증서가 있는지 확인하십시오: {lyncCommand}(Lync), {exchangeCommand}(Exchange).',
  'metadata.key-undecodable.detail': '{key}: {problem}',
  'metadata.key-undecodable.detail.not-a-certificate': '{key}: 인증서가 아닙니다.',
  'metadata.key-undecodable.fix':
    '값은 DER 인증서 전체의 base64여야 합니다. 문서를 저장하거나 붙여넣었다면 서버에서 변경 없이 다시 가져오십시오. 서버 자체가 이렇게 게시한다면 토큰 서명 인증서를 점검해야 합니다.',
  'metadata.x5t-mismatch.detail.standard-base64':
    "{key}은(는) x5t '{declared}'을(를) 선언하지만 해당 인증서(지문 {thumbprint})의 x5t는 '{x5t}'입니다. 같은 다이제스트를 표준 base64로 쓴 것입니다. 토큰에는 패딩 없는 base64url이 들어 있으므로, 두 값을 문자열로 비교하는 파트너는 키를 찾지 못합니다.",
  'metadata.x5t-mismatch.detail.other-certificate':
    "{key}은(는) x5t '{declared}'을(를) 선언하지만 해당 인증서(지문 {thumbprint})의 x5t는 '{x5t}'입니다. 이 인증서의 지문이 아니므로 문서에 서로 다른 두 인증서가 섞여 있을 수 있습니다.",
  'metadata.x5t-mismatch.fix':
    '파트너는 토큰 헤더의 x5t와 같은 x5t를 가진 키를 선택합니다. 서비스에서 메타 데이터를 다시 게시하거나(x5t는 서비스가 직접 계산합니다) 서버에서 문서를 변경 없이 가져오십시오.',
  'metadata.key-expired.detail.rotation':
    '{key}(지문 {thumbprint})이(가) {notAfter}에 만료되었습니다. 문서의 다른 키는 아직 유효하므로 인증서 교체가 진행 중일 가능성이 높으며, 만료된 키는 지울 수 있습니다.',
  'metadata.key-expired.detail.none-valid': '{key}(지문 {thumbprint})이(가) {notAfter}에 만료되었습니다. 문서에 유효한 키가 없으므로 파트너가 이 서비스가 서명한 모든 토큰을 거부합니다.',
  'metadata.key-expired.fix.lync':
    '프런트 엔드 서버에서 유효한 OAuthTokenIssuer 인증서를 할당한 다음({assignCommand}, 이전 인증서가 만료되기 최소 24시간 전에 {rollOptions}로 교체), Exchange에서 다음을 실행하십시오: {refreshCommand}.',
  'metadata.key-expired.fix.exchange':
    'Exchange 인증 인증서를 갱신하십시오: {commands}. 그런 다음 MSExchangeServiceHost를 다시 시작하고 iisreset을 실행하십시오(또는 CSS-Exchange {monitorCommand} 실행).',
  'metadata.key-expired.fix.other': '이 서비스의 토큰 서명 인증서를 갱신하고 새 인증서를 게시하십시오.',
  'metadata.key-expired.fix.clear': '새 키를 사용하게 되면 이 키를 지우십시오: {command}.',
  'metadata.wrong-service.detail': '이 문서는 {role}({expected})이(가) 아니라 {published}의 것입니다.',
  'metadata.wrong-service.detail.unnamed':
    '문서에 서비스 이름이 없으므로(serviceName도 issuer도 없음) {role} 문서({expected})인지 알 수 없습니다.',
  'metadata.wrong-service.fix.unnamed': 'URL이 {role} 메타 데이터 문서의 URL인지 확인하십시오.',
  'metadata.wrong-service.fix.exchange-for-lync': '이것은 Exchange의 문서입니다. Lync와 Exchange의 URL이 서로 바뀐 것 같습니다. Lync의 URL은 {url}입니다.',
  'metadata.wrong-service.fix.lync-for-exchange': '이것은 Lync의 문서입니다. Lync와 Exchange의 URL이 서로 바뀐 것 같습니다. Exchange의 URL은 {url}입니다.',
  'metadata.wrong-service.fix.sharepoint.lync': '이것은 SharePoint의 문서({path})입니다. 풀의 {url}을(를) 사용하십시오.',
  'metadata.wrong-service.fix.sharepoint.exchange': '이것은 SharePoint의 문서({path})입니다. Exchange의 {url}을(를) 사용하십시오.',
  'metadata.wrong-service.fix.lync': '풀의 {url}을(를) 사용하십시오. 풀의 문서가 맞다면 서비스 이름이 변경된 것입니다: {command}.',
  'metadata.wrong-service.fix.exchange':
    '{url}을(를) 사용하십시오. Exchange의 ServiceName은 {serviceName}(으)로 유지되어야 합니다(Set-AuthConfig도 이를 변경하면 서버 간 인증이 깨진다고 경고합니다).',
  'metadata.issuer-mismatch.detail':
    "발급자가 '{issuer}'이지만 {problems}. 예상 값은 {expected}입니다. 파트너는 발급자를 기록해 두고 토큰의 발급자와 대/소문자를 구분하여 비교합니다.",
  'metadata.issuer-mismatch.problem.no-at': '서비스와 영역 사이에 @가 없습니다',
  'metadata.issuer-mismatch.problem.service': "서비스 부분 '{part}'이(가) 서비스 {service}과(와) 다릅니다",
  'metadata.issuer-mismatch.problem.realm': "영역 부분 '{part}'이(가) 문서의 영역 '{realm}'과(와) 다릅니다",
  'metadata.issuer-mismatch.problem.both': '{service}. 또한 {realm}',
  'metadata.issuer-mismatch.fix':
    '서비스에서 문서를 변경 없이 가져오십시오. Lync에서는 발급자가 Get-CsOAuthConfiguration(ServiceName 및 Realm)에서, Exchange에서는 Get-AuthConfig(ServiceName 및 Realm)에서 만들어집니다.',
  'metadata.realm-mismatch.detail.open':
    "Exchange가 게시한 영역: {what}. 이는 정상입니다. 온-프레미스에서는 Get-AuthConfig의 Realm이 기본적으로 비어 있으며, 이때 Exchange는 영역이 자신의 허용 도메인 중 하나인 토큰을 받아들입니다. Lync의 토큰에는 영역 '{realm}'이(가) 들어 있으므로 이 영역이 Exchange의 허용 도메인으로 명시적으로 등록되어 있어야 합니다. 와일드카드(*.{realm})로는 \"The tenant for tenant guid '{realm}' does not exist\" 오류로 실패합니다.",
  'metadata.realm-mismatch.open.none': '없음',
  'metadata.realm-mismatch.open.empty': '빈 값',
  'metadata.realm-mismatch.open.star': "'*'",
  'metadata.realm-mismatch.fix.open': 'Exchange에서 {command}이(가) 해당 도메인을 반환해야 합니다(*.{realm} 와일드카드만으로는 안 됩니다).',
  'metadata.realm-mismatch.detail':
    "문서의 영역은 '{published}'이지만 프로젝트의 OAuth 영역은 '{realm}'입니다. 토큰에는 영역이 들어 있으며, 파트너는 기록해 둔 영역만 받아들입니다.",
  'metadata.realm-mismatch.detail.case':
    "문서의 영역은 '{published}'이지만 프로젝트의 OAuth 영역은 '{realm}'입니다. 대/소문자만 다르지만 영역은 대/소문자를 구분하여 비교합니다. 토큰에는 영역이 들어 있으며, 파트너는 기록해 둔 영역만 받아들입니다.",
  'metadata.realm-mismatch.detail.from-issuer':
    "문서의 영역은 '{published}'(발급자에서 확인)이지만 프로젝트의 OAuth 영역은 '{realm}'입니다. 토큰에는 영역이 들어 있으며, 파트너는 기록해 둔 영역만 받아들입니다.",
  'metadata.realm-mismatch.detail.from-issuer.case':
    "문서의 영역은 '{published}'(발급자에서 확인)이지만 프로젝트의 OAuth 영역은 '{realm}'입니다. 대/소문자만 다르지만 영역은 대/소문자를 구분하여 비교합니다. 토큰에는 영역이 들어 있으며, 파트너는 기록해 둔 영역만 받아들입니다.",
  'metadata.realm-mismatch.fix.exchange':
    "Exchange는 먼저 토큰의 영역을 허용 도메인과 비교합니다. '{realm}'이(가) 허용 도메인이 아닐 때에만 Lync의 토큰에 Exchange의 영역 '{published}'이(가) 있어야 합니다. '{realm}'을(를) Exchange의 명시적 허용 도메인으로 만들거나 영역을 일치시키십시오({command}).",
  'metadata.realm-mismatch.fix.lync':
    "'{published}'이(가) 맞다면 프로젝트의 영역을 그 값으로 설정하십시오. 그렇지 않으면 프런트 엔드 서버에서 Lync의 영역을 설정하고({setCommand}), Exchange의 사본을 새로 고치십시오({refreshCommand}).",

  'metadata.certificate.lync': 'Lync OAuthTokenIssuer 인증서',
  'metadata.certificate.exchange': 'Exchange 인증 인증서',
  'metadata.certificate.any': '인증서',
  'metadata.key-mismatch.source.exchange': '{file}의 Exchange AuthConfig({server}에서 수집)',
  'metadata.key-mismatch.source.lync': '{file}의 Lync OAuthTokenIssuer 인증서({server}에서 수집)',
  'metadata.key-mismatch.published-key': '{key} {thumbprint}(x5t {x5t}, 만료 {expires})',
  'metadata.key-mismatch.detail.project':
    '문서는 {published}을(를) 게시하지만, 프로젝트의 {what} {file}의 지문은 {thumbprint}(x5t {x5t})입니다. 파트너는 게시된 키로 토큰을 확인하므로 키가 다르면 모든 토큰이 거부됩니다(처음에는 작동하다가 어느 한쪽의 인증서가 교체된 후 실패합니다).',
  'metadata.key-mismatch.detail.server':
    '문서는 {published}을(를) 게시하지만, {source}에 따르면 서버는 {thumbprints}(으)로 서명합니다. 파트너는 게시된 키로 토큰을 확인하므로 키가 다르면 모든 토큰이 거부됩니다(처음에는 작동하다가 어느 한쪽의 인증서가 교체된 후 실패합니다).',
  'metadata.key-mismatch.fix.lync':
    "{thumbprint}이(가) Lync가 서명에 사용해야 하는 인증서라면 전체 배포에 대해 한 번 할당하십시오(Lync Server 관리 셸, 프런트 엔드 서버 한 대에서):\n  {assignCommand}\n  (프런트 엔드 서버의 저장소에 아직 없으면 {importCommand})\n그런 다음 Exchange가 새 키를 읽게 하십시오(Exchange 관리 셸):\n  {refreshCommand}\n{last}",
  'metadata.key-mismatch.fix.exchange':
    '{thumbprint}이(가) Exchange가 서명에 사용해야 하는 인증 인증서라면(Exchange 관리 셸):\n  {setCommand}\n  {publishCommand}\n  그런 다음 MSExchangeServiceHost를 다시 시작하고 iisreset을 실행하십시오. 게시에는 최대 한 시간이 걸릴 수 있습니다.\n그런 다음 Lync가 새 키를 읽게 하십시오(Lync Server 관리 셸, Get-CsPartnerApplication이 Exchange에 대해 표시하는 ID 사용):\n  {rebindCommand}\n{last}',
  'metadata.key-mismatch.fix.any':
    '지문을 비교하십시오. 서비스는 자신의 문서가 게시하는 인증서로 서명합니다. 그 문서가 게시하는 인증서를 지정하거나, 서비스가 지정한 인증서를 게시하게 하십시오.',
  'metadata.key-mismatch.last.project.lync': '풀이 게시하는 키가 올바른 키라면 대신 그 인증서를 프로젝트에 지정하십시오.',
  'metadata.key-mismatch.last.project.exchange': 'Exchange가 게시하는 키가 올바른 키라면 대신 그 인증서를 프로젝트에 지정하십시오.',
  'metadata.key-mismatch.last.server': '저장된 문서 사본이 인증서보다 오래되었을 수 있습니다. 무엇이든 변경하기 전에 문서를 다시 가져오십시오.',
  'metadata.key-not-compared.detail': '문서의 키를 {what} {file}과(와) 비교하지 않았습니다: {reason}',
  'metadata.key-not-compared.fix': '비교용으로 공개 인증서(.cer 또는 .pem, 암호 불필요)를 지정하거나 지문을 직접 비교하십시오.',

  'metadata.not-checked.detail': '오프라인이고 프로젝트에 {role} 메타 데이터 문서의 저장된 사본({field})이 지정되지 않아 검사하지 않았습니다.',
  'metadata.not-checked.fix':
    '서버에 연결할 수 있는 곳에서 한 번 가져와 프로젝트 폴더에 저장하십시오. 메타 데이터 단계의 "프로젝트 폴더에 저장"을 사용하거나, {command}을(를) 실행한 다음 {field}을(를) 그 파일로 설정하십시오.',

  'exchange.listed': 'Exchange가 신뢰하는 발급자: {issuers}.',
  'exchange.listed.none': 'Exchange가 신뢰하는 발급자: 없음.',
  'exchange.trusts-lync.detail': "{listed} 그중에 {expected}이(가) 있습니다. Exchange에 영역 '{realm}'의 Lync 파트너 응용 프로그램이 있습니다.",
  'exchange.does-not-trust-lync.why.other-realm':
    "Exchange는 '{realm}'이(가) 아니라 영역 {realms}에 대해 Lync를 신뢰합니다. 영역은 대/소문자를 구분하여 비교되며, 이 풀의 토큰에는 '{realm}'이(가) 들어 있습니다.",
  'exchange.does-not-trust-lync.why.absent': '그중에 {expected}이(가) 없습니다. Exchange에 이 영역의 Lync 파트너 응용 프로그램이 없거나 사용하도록 설정되어 있지 않습니다.',
  'exchange.does-not-trust-lync.detail.configured': '{listed} {why}',
  'exchange.does-not-trust-lync.detail.not-configured': '{listed} {why} Exchange 쪽을 구성하기 전까지는 예상된 결과입니다("Exchange가 Lync를 신뢰" 단계).',
  'exchange.does-not-trust-lync.configure': '{command}(Exchange 관리 셸, {folder}에서)을(를) 실행한 다음 각 Exchange 서버에서 iisreset',
  'exchange.does-not-trust-lync.fix.configured':
    "Exchange에서 Lync 파트너 응용 프로그램을 확인하십시오: {command} (Enabled는 True, Realm은 '{realm}'). 없다면 {configure}을(를) 실행하십시오. 변경한 후에는 각 Exchange 서버에서 iisreset을 실행하십시오.",
  'exchange.does-not-trust-lync.fix.not-configured': '{configure}을(를) 실행하십시오.',
  'exchange.trust-unknown.detail.no-answer': '검사 요청에 EWS가 응답하지 않았습니다: {reason}',
  'exchange.trust-unknown.fix.no-answer': '먼저 EWS 연결 문제를 해결하십시오(Exchange 메타 데이터 끝점은 보통 같은 호스트에 있으며 같은 문제를 더 자세히 보여 줍니다).',
  'exchange.trust-unknown.detail.status': 'EWS가 익명 요청에 Bearer 챌린지가 포함된 401 대신 {status}(으)로 응답했습니다.',
  'exchange.trust-unknown.detail.no-bearer':
    'EWS가 401로 응답했지만 Bearer(OAuth) 챌린지를 제시하지 않았습니다({offered}). OAuth 토큰을 받지 않으므로 Lync의 토큰도 받을 수 없습니다.',
  'exchange.trust-unknown.detail.no-bearer.no-header':
    'EWS가 401로 응답했지만 Bearer(OAuth) 챌린지를 제시하지 않았습니다(WWW-Authenticate 헤더 없음). OAuth 토큰을 받지 않으므로 Lync의 토큰도 받을 수 없습니다.',
  'exchange.trust-unknown.fix.enable-oauth':
    'EWS가 OAuth를 제공하지 않으면 모든 Exchange 서버에서 OAuth를 사용하도록 설정하고({command}) iisreset을 실행하십시오. Exchange 대신 프록시나 부하 분산 장치가 응답해도 같은 결과가 나옵니다.',
  'exchange.trust-unknown.detail.no-issuers': 'EWS가 trusted_issuers 없이 Bearer 챌린지를 제시하여 Exchange가 신뢰하는 발급자를 읽을 수 없습니다.',
  'exchange.trust-unknown.fix.no-issuers': 'Exchange에서 파트너 응용 프로그램을 확인하십시오: {command}.',
  'exchange.trust-unknown.detail.offline': '오프라인이므로 Exchange가 Lync를 신뢰하는지 검사하지 않았습니다(EWS에 요청을 보내야 합니다).',
  'exchange.trust-unknown.fix.offline': 'Exchange에 연결할 수 있는 컴퓨터에서 {option} 없이 검사를 실행하십시오.',

  // 스크립트 번들(bundle.ts)
  'script.trust-any-certificate.warning':
    '프로젝트가 Exchange에 메타 데이터를 다운로드할 때 Lync 풀의 모든 TLS 인증서를 허용하도록 요청합니다({option}). Microsoft는 프로덕션 환경에서 이를 권장하지 않습니다. 풀 이름으로 응답할 수 있는 누구나 Exchange에 키를 넘겨줄 수 있기 때문입니다. 대신 모든 Exchange 서버에서 풀 인증서의 발급 CA를 신뢰하고 이 옵션을 끄십시오.',
  'script.trust-any-certificate.detail': '{script}은(는) {configureScript}에 {option}을(를) 전달합니다. {warning}',
  'script.trust-any-certificate.fix':
    '풀 웹 인증서의 발급 CA를 모든 Exchange 서버의 신뢰할 수 있는 루트 인증 기관 저장소에 가져온 다음, 이 옵션을 끄고 번들을 다시 생성하십시오.',

  // 테스트 출력 진단(causes.ts, diagnose.ts)
  'diag.the-test-user': '테스트 사용자',
  'diag.note.other-run-succeeded': '{detail} 이 출력의 다른 실행은 성공했습니다({line}번째 줄).',
  'diag.success.detail.configure-script':
    'Configure-EnterprisePartnerApplication.ps1이 "THE CONFIGURATION HAS SUCCEEDED."를 출력했습니다. 이제 Exchange에 Lync 파트너 응용 프로그램이 있습니다. 각 Exchange 서버에서 iisreset을 실행한 다음 프런트 엔드 서버에서 사서함 쓰기 테스트를 실행하십시오.',
  'diag.success.detail.verdict':
    'Test-CsExStorageConnectivity가 성공했습니다. Lync 저장소 서비스가 서버 간 인증(OAuth)으로 Exchange에 로그인하여 {user}의 사서함에 있는 대화 내용 폴더에 테스트 항목을 썼습니다. 양방향 신뢰가 모두 작동합니다.',
  'diag.success.detail.verdict.dumpster':
    'Test-CsExStorageConnectivity가 성공했습니다. Lync 저장소 서비스가 서버 간 인증(OAuth)으로 Exchange에 로그인하여 {user}의 사서함에 있는 대화 내용 폴더와, 보관 실행에서는 복구 가능한 항목(Dumpster) 폴더에 테스트 항목을 썼습니다. 양방향 신뢰가 모두 작동합니다.',

  'diag.wildcard-accepted-domain.detail':
    'Exchange가 x-ms-diagnostics 2000004(invalid_tenant)와 함께 401로 응답했습니다. Lync 토큰의 영역 {realm}을(를) 테넌트로 조회했지만 찾지 못했습니다. Exchange의 허용 도메인이 {realm}을(를) 와일드카드(*.{realm})로만 포함할 때 이렇게 됩니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다."',
  'diag.wildcard-accepted-domain.detail.realm-unknown':
    'Exchange가 x-ms-diagnostics 2000004(invalid_tenant)와 함께 401로 응답했습니다. Lync 토큰의 영역을 테넌트로 조회했지만 찾지 못했습니다. Exchange의 허용 도메인이 Lync의 영역을 와일드카드(*.<domain>)로만 포함할 때 이렇게 됩니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다."',
  'diag.wildcard-accepted-domain.fix':
    '# Exchange 관리 셸: 와일드카드인 허용 도메인(DomainName이 *로 시작)은 무엇입니까?\n{listCommand}\n# 영역을 명시적으로 정의하십시오(와일드카드 항목과 같은 DomainType 사용, 보통 Authoritative):\n{newCommand}\n# 사용 중인 다른 모든 도메인도 명시적인 항목으로 바꾼 다음, 메일 흐름 담당자와 함께 와일드카드를 제거하십시오:\n{removeCommand}\n# 그런 다음 프런트 엔드 서버에서 테스트를 다시 실행하십시오:\n{testCommands}',

  'diag.oauth-401.detail':
    'Exchange가 저장소 서비스의 OAuth 토큰에 401 Unauthorized로 응답했습니다. 문서에 나온 원인은 EWS 또는 자동 검색 가상 디렉터리에서 OAuth 인증이 꺼져 있거나("Exchange의 기본 구성에는 OAuth 토큰을 받아들이는 기능이 포함되어 있지 않습니다"), Exchange에 사용하도록 설정된 Lync 파트너 응용 프로그램이 없는 경우입니다. {note}',
  'diag.oauth-401.note.no-verbose': 'Exchange가 신뢰하는 발급자(WWW-Authenticate 헤더의 trusted_issuers)를 보려면 -Verbose로 테스트를 실행하십시오.',
  'diag.oauth-401.note.no-lync-issuer':
    'Exchange의 챌린지에 trusted_issuers="{issuers}"가 있지만 Lync 발급자({lyncIssuer})는 없습니다. Exchange에 사용하도록 설정된 Lync 파트너 응용 프로그램이 없습니다.',
  'diag.oauth-401.note.lync-trusted':
    'Exchange가 Lync 발급자 {issuers}을(를) 신뢰하므로 파트너 응용 프로그램은 있습니다. 그런데도 토큰을 거부했으므로 가상 디렉터리에서 OAuth가 꺼져 있거나, Exchange가 (인증서 교체 후) 예전 Lync 서명 키를 갖고 있어 메타 데이터를 새로 고쳐야 합니다.',
  'diag.oauth-401.note.other-realm':
    'Exchange는 {issuers}을(를) 신뢰하지만 프로젝트의 영역은 {realm}입니다. 파트너 응용 프로그램이 다른 풀이나 영역의 메타 데이터로 만들어졌습니다.',
  'diag.oauth-401.fix':
    '# Exchange 관리 셸: 모든 EWS 및 자동 검색 가상 디렉터리에서 OAuthAuthentication이 True여야 합니다\n{oauthCommands}\n# Exchange에는 이 풀의 메타 데이터로 만든, 사용하도록 설정된 Lync 파트너 응용 프로그램이 하나 있어야 합니다\n{partnerCommands}\n# 없으면 {script}을(를) 실행하거나 다음을 실행하십시오: {configureCommand}\n{iisresets}\n# 그런 다음 프런트 엔드 서버에서 테스트를 다시 실행하십시오:\n{testCommands}',

  'diag.access-denied.detail':
    '저장소 서비스가 테스트를 실행한 계정을 거부했습니다. Microsoft의 Test-CsExStorageConnectivity 참조에 따르면 "Access Denied"는 호출자가 프런트 엔드 서버의 로컬 그룹 RTC Local User Administrators(또는 Active Directory 그룹 RTCUniversalUserAdmins)의 구성원이 아니라는 뜻입니다.',
  'diag.access-denied.fix':
    '# 프런트 엔드 서버에서 테스트를 실행하는 계정으로: 로그온에 어떤 RTC 그룹이 포함되어 있습니까?\n{groupsCommand}\n# Active Directory 관리자가 계정을 추가합니다(ActiveDirectory 모듈):\n{addCommand}\n# 로그아웃했다가 다시 로그인한 다음(그룹 구성원 자격은 로그온할 때 읽힘) Lync Server 관리 셸을 열고 테스트를 다시 실행하십시오:\n{testCommands}',

  'diag.autodiscover-failed.separator': '. ',
  'diag.autodiscover-failed.asked': '저장소 서비스가 {url}에 요청했습니다',
  'diag.autodiscover-failed.not-found': '(404) Not Found로 응답했습니다',
  'diag.autodiscover-failed.canceled': '요청이 취소되었습니다(제시간에 응답 없음)',
  'diag.autodiscover-failed.cause.xml':
    'URL이 .xml로 끝납니다. 이는 Outlook(SCP)용 형식이며, Lync 저장소 서비스에는 SOAP 끝점 /autodiscover/autodiscover.svc가 필요합니다.',
  'diag.autodiscover-failed.cause.documented':
    '문서에 나온 원인: Lync의 ExchangeAutodiscoverUrl이 잘못되었거나 없거나 .svc 대신 .xml로 끝나는 경우, Exchange의 자동 검색(SCP AutoDiscoverServiceInternalUri, 자동 검색 이름의 DNS)이 설정되지 않은 경우, 하이브리드 환경에서 ClientAuthorizationOAuthServerIdentity가 오래된 경우입니다.',
  'diag.autodiscover-failed.detail': '저장소 서비스가 자동 검색으로 테스트 사용자의 EWS URL을 찾지 못했습니다(ErrorEwsAutodiscover: GetUserSettings 실패). {cause}',
  'diag.autodiscover-failed.detail.seen': '저장소 서비스가 자동 검색으로 테스트 사용자의 EWS URL을 찾지 못했습니다(ErrorEwsAutodiscover: GetUserSettings 실패). {seen}. {cause}',
  'diag.autodiscover-failed.fix':
    '# Lync Server 관리 셸: 저장소 서비스가 사용하는 URL은 /autodiscover/autodiscover.svc로 끝나야 합니다\n{lyncCommands}\n# Exchange 관리 셸: 자동 검색이 구성되어 있어야 합니다(Exchange 2013에서는 Get-ClientAccessServer / Set-ClientAccessServer)\n{exchangeCommands}\n# 프런트 엔드 서버에서: 자동 검색 이름이 Exchange로 확인되어야 합니다\n{dnsCommand}\n{testCommands}',

  'diag.empty-response.detail':
    '오류 574, "Client found response content type of \'\', but expected \'text/xml\'": EWS 요청에 본문도 콘텐츠 형식도 없는 HTTP 응답이 돌아왔습니다. 원인은 문서화되어 있지 않습니다. 공개된 유일한 보고(비즈니스용 Skype 서버 2015와 Exchange 2016)는 원인 없이 종료되었습니다. 빈 응답은 보통 부하 분산 장치, 역방향 프록시, IIS 오류 페이지처럼 EWS가 아닌 다른 곳에서 오지만, 이는 추정일 뿐 확인된 원인은 아닙니다. 다음 순서로 확인하십시오.',
  'diag.empty-response.fix':
    '# 1. 프런트 엔드 서버의 Lync Server 관리 셸(비즈니스용 Skype 서버 2015 이상): 저장소 서비스가 기록한 실패 내용\n{debugCommand}\n# 2. 프런트 엔드 서버의 이벤트 뷰어, "Lync Server" 로그: 테스트 시각의 LS Storage Service 이벤트(32053, 32054)\n# 3. 각 Exchange 서버의 IIS 로그({logFolder}): 해당 시각의 /EWS/Exchange.asmx POST, 상태 및 하위 상태, 응답한 서버\n# 4. 프런트 엔드 서버와 Exchange 사이에서 Exchange 대신 응답할 수 있는 장치(부하 분산 장치, 역방향 프록시, TLS 오프로드)\n# 5. HTTP 교환을 보려면 -Verbose로 테스트를 다시 실행하십시오:\n{testCommands}',

  'diag.metadata-download-failed.exchange-server': 'Exchange 서버',
  'diag.metadata-download-failed.front-end': '프런트 엔드 서버',
  'diag.metadata-download-failed.failed.exchange': 'Exchange가 Lync 메타 데이터 문서를 다운로드하지 못했습니다',
  'diag.metadata-download-failed.failed.exchange.from': 'Exchange가 {url}에서 Lync 메타 데이터 문서를 다운로드하지 못했습니다',
  'diag.metadata-download-failed.failed.lync': 'Lync가 Exchange의 메타 데이터 문서를 다운로드하지 못했습니다',
  'diag.metadata-download-failed.failed.lync.from': 'Lync가 {url}에서 Exchange의 메타 데이터 문서를 다운로드하지 못했습니다',
  'diag.metadata-download-failed.detail':
    '{failed}. 또는 다운로드한 것이 메타 데이터 문서가 아닙니다. 원인은 잘못된 URL, {downloader}에서 확인할 수 없는 이름(DNS), {downloader}에서 신뢰하지 않거나 호스트 이름이 없는 TLS 인증서입니다.',
  'diag.metadata-download-failed.detail.wrong-path':
    "{failed}. 또는 다운로드한 것이 메타 데이터 문서가 아닙니다. 원인은 잘못된 URL, {downloader}에서 확인할 수 없는 이름(DNS), {downloader}에서 신뢰하지 않거나 호스트 이름이 없는 TLS 인증서입니다. URL의 경로는 {path}이지만 Exchange는 문서를 /autodiscover/metadata/json/1에서 제공합니다(Microsoft의 New-CsPartnerApplication 문서 예제 1에는 /autodiscover가 빠져 있습니다).",
  'diag.metadata-download-failed.fix.exchange':
    '# {downloader}에서(다운로드는 그곳에서 일어납니다): 이름이 확인되고, 신뢰할 수 있는 TLS 연결로 문서가 돌아옵니까?\n{dnsCommand}\n{fetchCommand}\n# 마법사의 메타 데이터 단계는 같은 URL을 가져와서 URL, 이름, 인증서 중 무엇이 문제인지 알려 줍니다.\n# 그런 다음 {option}을(를) 사용하여 Configure-EnterprisePartnerApplication.ps1(또는 01-exchange-trust-lync.ps1)을 다시 실행하십시오',
  'diag.metadata-download-failed.fix.lync':
    '# {downloader}에서(다운로드는 그곳에서 일어납니다): 이름이 확인되고, 신뢰할 수 있는 TLS 연결로 문서가 돌아옵니까?\n{dnsCommand}\n{fetchCommand}\n# 마법사의 메타 데이터 단계는 같은 URL을 가져와서 URL, 이름, 인증서 중 무엇이 문제인지 알려 줍니다.\n{newCommand}\n# (Exchange 파트너 응용 프로그램이 이미 있으면: {setCommand})\n# 프런트 엔드 서버가 Exchange의 인증서를 신뢰하게 할 수 없으면 프로젝트의 "Lync가 Exchange를 신뢰하는 방법" 옵션을 인증서로 설정하십시오.',

  'diag.no-mailbox.detail':
    'Exchange에 {user}의 사서함 중 쓸 수 있는 것이 없습니다(ErrorNonExistentMailbox / InvalidUser). 저장소 서비스가 사용자의 주소에 해당하는 사서함을 찾지 못했습니다. 테스트 사용자에게는 Exchange 2013 이상의 사서함이 있어야 합니다.',
  'diag.no-mailbox.detail.dumpster':
    'Exchange에 {user}의 사서함 중 쓸 수 있는 것이 없습니다(ErrorNonExistentMailbox / InvalidUser). 저장소 서비스가 사용자의 주소에 해당하는 사서함을 찾지 못했습니다. 테스트 사용자에게는 Exchange 2013 이상의 사서함이 있어야 하며, -Folder Dumpster 실행을 위해서는 Exchange 보관에도 사용하도록 설정되어 있어야 합니다.',
  'diag.no-mailbox.fix':
    '# Exchange 관리 셸: 사용자의 사서함, 주소, 버전(SIP 주소는 대개 기본 SMTP 주소와 같지만 항상 그렇지는 않습니다)\n{mailboxCommand}\n# Lync Server 관리 셸: SIP 주소에 해당하는 사용자\n{userCommand}\n# 또는 토폴로지 단계에서 Exchange 2013 이상의 사서함이 있는 테스트 사용자를 선택하고 테스트를 다시 실행하십시오:\n{testCommands}',
  'diag.no-mailbox.fix.dumpster':
    "# Exchange 관리 셸: 사용자의 사서함, 주소, 버전(SIP 주소는 대개 기본 SMTP 주소와 같지만 항상 그렇지는 않습니다)\n{mailboxCommand}\n# Lync Server 관리 셸: SIP 주소에 해당하는 사용자\n{userCommand}\n# 보관: 04-enable-archiving.ps1(Set-CsArchivingConfiguration -EnableExchangeArchiving $true)을 실행하고 Get-CsUser로 사용자의 ExchangeArchivingPolicy를 확인하십시오.\n# 또는 토폴로지 단계에서 Exchange 2013 이상의 사서함이 있는 테스트 사용자를 선택하고 테스트를 다시 실행하십시오:\n{testCommands}",

  'diag.unknown.detail.empty':
    '출력이 비어 있습니다. 마법사가 아는 실패는 domain.md §6의 항목입니다: 401(OAuth 꺼짐, 파트너 응용 프로그램 없음, 와일드카드 허용 도메인), Access Denied, 자동 검색, 오류 574, 메타 데이터 다운로드, 사서함 없음.',
  'diag.unknown.detail.errors':
    '알려진 실패 중 일치하는 것이 없으며, 오류로 보이는 줄이 {count}개 있습니다(증거로 표시). 마법사가 아는 실패는 domain.md §6의 항목입니다: 401(OAuth 꺼짐, 파트너 응용 프로그램 없음, 와일드카드 허용 도메인), Access Denied, 자동 검색, 오류 574, 메타 데이터 다운로드, 사서함 없음.',
  'diag.unknown.detail.no-verdict':
    '알려진 실패도 성공 줄도 없습니다. 출력이 잘렸거나 -Verbose 없이 테스트를 실행했을 수 있습니다. 마법사가 아는 실패는 domain.md §6의 항목입니다: 401(OAuth 꺼짐, 파트너 응용 프로그램 없음, 와일드카드 허용 도메인), Access Denied, 자동 검색, 오류 574, 메타 데이터 다운로드, 사서함 없음.',
  'diag.unknown.fix':
    "# 프런트 엔드 서버의 Lync Server 관리 셸: -Verbose로 테스트를 실행하고 출력 전체를 붙여넣거나, 03-verify.ps1의 출력 파일을 가져오십시오\n{testCommands}\n# 저장소 서비스가 기록한 최근 실패 내용(비즈니스용 Skype 서버 2015 이상):\n{debugCommand}",
  'diag.unknown.fix.dumpster':
    "# 프런트 엔드 서버의 Lync Server 관리 셸: -Verbose로 테스트를 실행하고 출력 전체를 붙여넣거나, 03-verify.ps1의 출력 파일을 가져오십시오\n{testCommands}\n# 저장소 서비스가 기록한 최근 실패 내용(비즈니스용 Skype 서버 2015 이상):\n{debugCommand}\n# -Folder Dumpster 실행이었습니다. 사용자가 Exchange 보관에 사용하도록 설정되어 있지 않으면 실패합니다(04-enable-archiving.ps1).",

  // 가져온 서버 상태(check-exchange-state.ts, check-lync-state.ts, state-fix-commands.ts)
  'state.commands': '{commands}',
  'state.fix.lync-rereads': '# Lync Server 관리 셸: Lync가 새 키를 신뢰하도록 Exchange의 메타 데이터를 다시 읽습니다\n{command}',
  'state.fix.replace-auth-certificate':
    '# Exchange 관리 셸: 새 인증 인증서를 만들어 즉시 현재 인증서로 사용합니다\n{commands}\n# 게시에는 최대 한 시간이 걸릴 수 있습니다. CSS-Exchange로 처리할 수도 있습니다: {monitorCommand}\n{lyncRereads}',
  'state.fix.stage-auth-certificate': '# Exchange 관리 셸: 이틀 후에 적용되는 새 인증 인증서를 준비합니다\n{commands}\n# 적용 날짜가 지난 후:\n{lyncRereads}',
  'state.auth-certificate-missing.detail.none': 'Get-AuthConfig에 현재 인증서가 없습니다. Exchange가 토큰에 서명하거나 메타 데이터에 키를 게시할 수 없습니다.',
  'state.auth-certificate-missing.detail.not-on-server':
    'Get-AuthConfig는 인증 인증서 {thumbprint}을(를) 가리키지만 {server}에는 이 인증서가 없습니다(모든 사서함 서버와 클라이언트 액세스 서버에 있어야 합니다). 증상: OWA/ECP 로그인 반복, Lync의 호출 거부.',
  'state.auth-certificate-missing.fix.look-elsewhere': '# 다른 서버에는 있습니까? {command}\n{replace}',
  'state.auth-certificate-expired.detail':
    'Exchange 인증 인증서 {thumbprint}이(가) {notAfter}에 만료되었습니다. Lync가 Exchange의 토큰을 확인할 수 없고, Exchange 자체의 OWA/ECP 로그인도 작동하지 않습니다.',
  'state.auth-certificate-expires-soon.detail.covered':
    'Exchange 인증 인증서 {thumbprint}이(가) {notAfter}에 만료됩니다({days}일 후). 그 전에 넘겨받을 다음 인증서가 준비되어 있습니다.',
  'state.auth-certificate-expires-soon.detail.uncovered':
    'Exchange 인증 인증서 {thumbprint}이(가) {notAfter}에 만료됩니다({days}일 후). 넘겨받을 다음 인증서가 준비되어 있지 않습니다.',
  'state.auth-certificate-next-staged.effective': '({date}부터 적용)',
  'state.auth-certificate-next-staged.detail':
    'Get-AuthConfig가 {thumbprint}을(를) 다음 인증 인증서로 준비해 두었습니다{effective}. Exchange는 그때 이 인증서로 전환하며, 그 순간부터 Lync가 새 키를 신뢰해야 합니다. 그렇지 않으면 사서함 쓰기 테스트가 401로 실패합니다.',
  'state.auth-certificate-next-staged.detail.not-on-server':
    'Get-AuthConfig가 {thumbprint}을(를) 다음 인증 인증서로 준비해 두었지만{effective} {server}에는 이 인증서가 없습니다. 전환되기 전에 모든 Exchange 서버에 있어야 합니다.',
  'state.auth-certificate-next-staged.detail.expired': 'Get-AuthConfig가 {thumbprint}을(를) 다음 인증 인증서로 준비해 두었지만{effective} 이 인증서는 {notAfter}에 만료되었습니다.',
  'state.auth-certificate-next-staged.the-effective-date': '적용 날짜',
  'state.auth-certificate-next-staged.fix': '# {when} 이후:\n{lyncRereads}',
  'state.auth-certificate-next-staged.fix.stage-again': '{stage}\n# {when} 이후:\n{lyncRereads}',
  'state.duplicate-lync-partner-applications.disabled': '{name}(사용 안 함)',
  'state.duplicate-lync-partner-applications.detail':
    'Exchange에 LyncEnterprise 파트너 응용 프로그램이 {count}개 있습니다({names}). Configure-EnterprisePartnerApplication.ps1은 실행할 때마다 새 응용 프로그램을 만듭니다. 오래된 응용 프로그램은 예전 키를 갖고 있어 인증서가 바뀐 후 문제를 일으킵니다. {keep}을(를) 유지하십시오.',
  'state.duplicate-lync-partner-applications.detail.url':
    'Exchange에 LyncEnterprise 파트너 응용 프로그램이 {count}개 있습니다({names}). Configure-EnterprisePartnerApplication.ps1은 실행할 때마다 새 응용 프로그램을 만듭니다. 오래된 응용 프로그램은 예전 키를 갖고 있어 인증서가 바뀐 후 문제를 일으킵니다. {keep}({url})을(를) 유지하십시오.',
  'state.duplicate-lync-partner-applications.fix': '# Exchange 관리 셸: 먼저 확인한(-WhatIf) 다음 오래된 응용 프로그램을 제거하십시오\n{commands}',
  'state.no-enabled-lync-partner.detail.disabled': 'Exchange의 Lync 파트너 응용 프로그램 {names}이(가) 사용하지 않도록 설정되어 있습니다. Exchange가 Lync의 토큰을 거부합니다(401).',
  'state.no-enabled-lync-partner.detail.none':
    'Exchange에 아직 Lync 파트너 응용 프로그램이 없습니다(LyncEnterprise-… 응용 프로그램도, 프로젝트의 Lync 메타 데이터 URL로 만든 응용 프로그램도 없음). Exchange가 Lync를 신뢰하지 않습니다. 01-exchange-trust-lync.ps1을 실행하기 전이라면 예상된 결과입니다.',
  'state.no-enabled-lync-partner.fix.none': '# {script}을(를) 실행하거나 다음을 실행하십시오: {command}\n{iisresets}',
  'state.wildcard-accepted-domain.detail.realm-covered':
    'Exchange의 허용 도메인에 {wildcards}이(가) 있습니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다." 영역 {realm}은(는) 와일드카드로만 포함되므로 Exchange가 Lync에 401과 x-ms-diagnostics 2000004(invalid_tenant)로 응답합니다.',
  'state.wildcard-accepted-domain.detail.no-realm':
    'Exchange의 허용 도메인에 {wildcards}이(가) 있습니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다." OAuth 영역이 와일드카드로만 포함되면 Exchange가 Lync에 401(invalid_tenant)로 응답합니다.',
  'state.wildcard-accepted-domain.detail.realm-explicit':
    'Exchange의 허용 도메인에 {wildcards}이(가) 있습니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다." 영역 {realm}은(는) 명시적으로 정의되어 있으므로 테스트는 통과할 것입니다. 다른 도메인도 명시적으로 정의하십시오.',
  'state.wildcard-accepted-domain.detail.realm-not-covered':
    'Exchange의 허용 도메인에 {wildcards}이(가) 있습니다. "와일드카드 도메인은 서버 간 통신에 지원되지 않습니다." 영역 {realm}은(는) 이 와일드카드에 포함되지 않으므로 테스트는 통과할 것입니다. 다른 도메인도 명시적으로 정의하십시오.',
  'state.wildcard-accepted-domain.fix':
    '{listCommands}\n# 각 와일드카드를 사용 중인 도메인의 명시적 항목으로 바꾼 다음, 메일 흐름 담당자와 함께 와일드카드를 제거하십시오(-WhatIf로 제거될 항목을 먼저 확인):\n{removeCommands}',
  'state.oauth-disabled.detail':
    '{directories}에서 OAuthAuthentication이 꺼져 있습니다. Exchange가 Lync의 OAuth 토큰에 401로 응답합니다("Exchange의 기본 구성에는 OAuth 토큰을 받아들이는 기능이 포함되어 있지 않습니다").',
  'state.autodiscover-internal-uri-missing.detail':
    '{servers}의 AutoDiscoverServiceInternalUri가 비어 있습니다. 통합하기 전에 자동 검색이 구성되어 있어야 하며, 그렇지 않으면 저장소 서비스가 사서함을 찾지 못합니다(ErrorEwsAutodiscover).',

  'state.oauth-token-issuer.assign':
    '# Lync Server 관리 셸, 전체 배포에 대해 한 번(인증서는 2048비트 이상이고 주체에 SIP 도메인이 있어야 합니다):\n{setCommand}\n# 또는 .pfx 파일에서(암호 포함): {importCommand}\n# 그런 다음 Exchange가 Lync의 메타 데이터를 다시 읽어야 합니다: {refreshCommand}',
  'state.oauth-token-issuer-missing.detail': '{command}이(가) 아무것도 반환하지 않습니다. Lync에 토큰 서명용 인증서가 없으므로 서버 간 인증이 작동할 수 없습니다.',
  'state.oauth-token-issuer-expired.certificate': '{thumbprint}(유효 기간 {notBefore} ~ {notAfter})',
  'state.oauth-token-issuer-expired.detail': '현재 유효한 OAuthTokenIssuer 인증서가 없습니다: {certificates}.',
  'state.no-exchange-partner.detail': 'Lync에 Exchange용 파트너 응용 프로그램이 없어 Exchange를 신뢰하지 않습니다. {script}을(를) 실행하기 전이라면 예상된 결과입니다.',
  'state.no-exchange-partner.fix': '# {script}을(를) 실행하거나 Lync Server 관리 셸에서 다음을 실행하십시오:\n{command}',
  'state.exchange-partner-wrong-id.application': '{identity}의 응용 프로그램 ID는 {applicationId}',
  'state.exchange-partner-wrong-id.application.none': '{identity}의 응용 프로그램 ID는 없음',
  'state.exchange-partner-wrong-id.detail':
    'Lync의 파트너 응용 프로그램: {applications}. Exchange의 ID는 {exchangeId}입니다. Lync가 둘을 연결하지 않으므로 Exchange를 신뢰하지 않습니다(예전에 수동으로 설정했거나 잘못된 메타 데이터로 만든 파트너 응용 프로그램).',
  'state.exchange-partner-wrong-id.fix': '# Lync Server 관리 셸: 제거한 다음 Exchange의 메타 데이터로 다시 만드십시오\n{commands}',
  'state.autodiscover-url-unset.detail':
    'Get-CsOAuthConfiguration에 ExchangeAutodiscoverUrl이 없습니다. 저장소 서비스가 Exchange의 자동 검색을 스스로 찾아야 하며, 찾지 못하면 ErrorEwsAutodiscover로 실패합니다.',
  'state.autodiscover-url-xml.detail':
    'ExchangeAutodiscoverUrl이 {url}입니다. .xml 형식은 Outlook용입니다. 저장소 서비스에는 SOAP 끝점 /autodiscover/autodiscover.svc가 필요하며, 그렇지 않으면 ErrorEwsAutodiscover로 실패합니다.',
};
