/** 다음 작업 단계: 선택적 후속 기능, 롤백, 번들과 보고서 내보내기. */
import type { next as english } from '../en/next';

export const next: Record<keyof typeof english, string> = {
  'next.intro':
    '인계에 필요한 내용을 한곳에 모았습니다. 신뢰 관계를 기반으로 하는 선택적 기능, 롤백, 그리고 스크립트를 실행할 관리자에게 전달할 스크립트 번들과 증거 보고서를 내보냅니다.',
  'next.generating': '스크립트를 작성하는 중…',

  'next.features.heading': '선택적 기능',
  'next.features.intro':
    '두 기능 모두 서버 간 인증이 구성되어 있어야 합니다. 해당 스크립트는 03-verify.ps1이 통과한 후에만 실행하십시오. 스위치를 켜면 Lync 관리자가 프런트 엔드 서버의 Lync Server 관리 셸에서 실행할 스크립트와 해당 롤백 스크립트가 번들에 추가되며, 선택 내용은 프로젝트에 저장됩니다.',
  'next.term.does': '하는 일',
  'next.term.needs': '요구 사항',
  'next.term.mind': '유의 사항',

  'next.archiving.label': 'IM 대화 내용을 Exchange에 보관',
  'next.archiving.does':
    'Lync가 IM 대화를 각 사용자의 Exchange 사서함(복구 가능한 항목의 숨겨진 Purges 폴더)에 보관합니다. 04-enable-archiving.ps1이 전역 보관 구성과 정책에서 Exchange 보관을 켜며, 그 후 03-verify.ps1이 이 폴더도 테스트합니다(-Folder Dumpster).',
  'next.archiving.needs':
    'Exchange 2013 이상의 사서함과 먼저 구성된 서버 간 인증이 필요합니다. Exchange에서는 Lync 응용 프로그램 계정에 ArchiveApplication 역할이 있어야 하며, 01-exchange-trust-lync.ps1이 실행하는 Configure-EnterprisePartnerApplication.ps1이 이 역할을 할당합니다.',
  'next.archiving.mind':
    '전역 보관 정책이 적용되는 모든 사용자에게 적용됩니다. Exchange와 같은 포리스트에 홈이 있는 사용자에게는 대신 Exchange 원본 위치 유지(In-Place Hold)가 적용됩니다. 보존 정책 담당자와 협의하십시오.',

  'next.unifiedContactStore.label': '통합된 연락처 저장소',
  'next.unifiedContactStore.does':
    '사용자의 Lync 연락처를 Lync 서버 대신 Exchange 사서함에 저장합니다. 서버 간 인증이 구성되어 있으면 전역 사용자 서비스 정책(UcsAllowed)에 따라 결정됩니다. 이 정책이 저장소를 허용하면 05-enable-unified-contact-store.ps1은 아무것도 변경하지 않고, 허용하지 않으면 파일럿으로 테스트 사용자에게만 허용 정책(AllowUnifiedContactStore)을 부여합니다.',
  'next.unifiedContactStore.needs':
    'Exchange 2013 이상의 사서함과 먼저 구성된 서버 간 인증이 필요합니다. 사용자의 연락처는 다음 로그인 시 이동하며, 10분 이상 걸릴 수 있습니다.',
  'next.unifiedContactStore.mind':
    '나중에 이 기능의 사용자를 비즈니스용 Skype Online 또는 Exchange Online으로 옮기려면 추가 작업이 필요하므로 일부 관리자는 이 기능을 사용하지 않습니다(Microsoft가 아닌 커뮤니티의 조언). Microsoft 설명서는 기본값에 대해 서로 다르게 설명하므로 먼저 Get-CsUserServicesPolicy로 전역 정책을 확인하십시오.',

  'next.rollback.heading': '롤백',
  'next.rollback.warning':
    '경고: 이 스크립트는 설정을 되돌립니다. undo-02와 undo-01을 실행하면 Lync와 Exchange가 더 이상 서로를 신뢰하지 않으며, 서버 간 인증이 필요한 기능(Exchange 보관, 통합된 연락처 저장소)이 모든 사용자에게서 작동하지 않게 됩니다.',
  'next.rollback.order':
    '정방향 스크립트의 역순으로(필요한 신뢰 관계가 남아 있는 동안 기능부터) 이 순서대로, 정방향 스크립트를 실행한 폴더에서 각각 먼저 -WhatIf로 실행하십시오. 각 스크립트는 해당 정방향 스크립트가 그 폴더에 기록한 *.changes.json을 읽습니다(undo-01과 undo-02는 기록이 없으면 미리 수집한 exchange-state.json과 lync-state.json을 사용). 각 스크립트는 제거할 때마다 먼저 확인을 요청합니다.',
  'next.rollback.notUndone':
    '되돌리지 않는 항목: 기존 파트너 응용 프로그램의 새로 고침(메타 데이터를 다시 읽었을 뿐임), 그리고 03-verify.ps1이 테스트 사용자의 사서함에 남긴 테스트 항목.',
  'next.rollback.who.exchange': 'Exchange 관리자, Exchange 관리 셸',
  'next.rollback.who.lync': 'Lync 관리자, Lync Server 관리 셸',
  'next.rollback.show': '스크립트 보기: {file}',
  'next.rollback.undo01':
    '01-exchange-trust-lync.ps1이 만든 Lync 파트너 응용 프로그램을 제거하고, 그 실행에서 만든 경우 LyncEnterprise-ApplicationAccount 메일 사용자와 해당 역할 할당도 제거한 다음, 각 Exchange 서버에서 IIS를 다시 시작합니다.',
  'next.rollback.undo02':
    "02-lync-trust-exchange.ps1이 만든 경우 파트너 응용 프로그램 'Exchange'를 제거하고, 업데이트한 경우 이전 메타 데이터 URL과 신뢰 수준으로 되돌립니다. 전역 OAuth 구성의 ExchangeAutodiscoverUrl과 Realm을 이전 값으로 복원합니다.",
  'next.rollback.undo04': '전역 보관 구성과 정책을 04-enable-archiving.ps1이 변경하기 전에 기록한 값으로 되돌립니다.',
  'next.rollback.undo05':
    '테스트 사용자에게 이전 사용자 서비스 정책을 다시 부여하고, 연락처를 Exchange에서 Lync로 다시 옮기고(Invoke-CsUcsRollback), 05-enable-unified-contact-store.ps1이 만든 정책을 제거합니다.',
};
