// @vitest-environment jsdom
/**
 * The language switch reaches what core wrote: a diagnosed finding and the generated script's blocks turn Korean,
 * while every command in them, the copied fix's commands and the script itself stay exactly as core wrote them.
 */
import { screen, within } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { preferencesStore } from '../preferences/preferences-store';
import { installRealBackend } from '../test-support/real-backend';
import { fillSeedExample, renderApp } from '../test-support/render-app';

afterEach(() => {
  preferencesStore.getState().setLanguage('en');
  localStorage.clear();
});

async function goTo(user: UserEvent, rail: string, step: string) {
  await user.click(within(screen.getByRole('navigation', { name: rail })).getByRole('button', { name: step }));
}

describe('switching to Korean', () => {
  it('shows a diagnosed finding in Korean with its commands unchanged, and copies that fix', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    await goTo(user, 'Wizard steps', 'Verify');
    const output = await readFile(join(process.cwd(), 'tests/fixtures/diagnose/diag.oauth-401/verbose-no-lync-issuer.txt'), 'utf8');
    await user.click(screen.getByLabelText('Console output of the test'));
    await user.paste(output);
    await user.click(screen.getByRole('button', { name: 'Diagnose' }));
    const englishFix = (await screen.findByTestId('diagnosis')).querySelector('[data-finding-id="diag.oauth-401"] .finding-fix')?.textContent ?? '';
    // Command lines of the fix, and a command inside a comment line.
    const commandLines = ["iisreset 'atl-exchange-001.litwareinc.com'", "Test-CsExStorageConnectivity -SipUri 'sip:kenmyer@litwareinc.com' -DeleteItem -Verbose"];
    const configure = `& "$env:ExchangeInstallPath\\Scripts\\Configure-EnterprisePartnerApplication.ps1" -AuthMetadataUrl 'https://atl-cs-001.litwareinc.com/metadata/json/1' -ApplicationType Lync`;
    const commands = [...commandLines, configure];
    for (const command of commands) expect(englishFix).toContain(command);

    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');

    const cause = screen.getByTestId('diagnosis').querySelector('[data-finding-id="diag.oauth-401"]') as HTMLElement;
    expect(cause).toHaveTextContent('오류: Exchange가 Lync의 OAuth 토큰을 거부했습니다(401 Unauthorized)');
    expect(cause.querySelector('.finding-detail')).toHaveTextContent('Exchange가 저장소 서비스의 OAuth 토큰에 401 Unauthorized로 응답했습니다.');
    const fix = cause.querySelector('.finding-fix') as HTMLElement;
    expect(fix).toHaveTextContent('# Exchange 관리 셸: 모든 EWS 및 자동 검색 가상 디렉터리에서 OAuthAuthentication이 True여야 합니다');
    for (const command of commands) expect(fix.textContent).toContain(command);
    expect(cause).not.toHaveTextContent("Exchange refused Lync's OAuth token");

    await user.click(within(cause).getByRole('button', { name: '“Exchange가 Lync의 OAuth 토큰을 거부했습니다(401 Unauthorized)”의 해결 방법 복사' }));
    const copied = backend.clipboard.at(-1) ?? '';
    expect(copied).toContain('# 그런 다음 프런트 엔드 서버에서 테스트를 다시 실행하십시오:');
    for (const command of commandLines) expect(copied.split('\n')).toContain(command);
    expect(copied).toContain(`# 없으면 01-exchange-trust-lync.ps1을(를) 실행하거나 다음을 실행하십시오: ${configure}`);
  });

  it('shows the script’s title and blocks in Korean while the script and its blocks stay English', async () => {
    const backend = await installRealBackend();
    const { user } = await renderApp();
    await fillSeedExample(user);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), '한국어');
    await goTo(user, '마법사 단계', 'Exchange가 Lync를 신뢰');

    const script = (await screen.findByRole('heading', { name: 'Exchange가 Lync를 신뢰 01-exchange-trust-lync.ps1' })).closest('section') as HTMLElement;
    expect(within(script).getByText('사전 검사: Exchange의 인증 인증서(Get-AuthConfig)가 프로젝트의 모든 Exchange 서버에 있고 만료되지 않았는지 확인합니다.')).toBeInTheDocument();
    expect(within(script).queryByText(/^Pre-check:/)).not.toBeInTheDocument();

    await user.click(within(script).getByRole('button', { name: '스크립트 복사: 01-exchange-trust-lync.ps1 전체' }));
    const copied = backend.clipboard.at(-1) ?? '';
    expect(copied).toContain("# --- Pre-check: Exchange's Auth certificate (Get-AuthConfig) is on every Exchange server of the project and");
    expect(copied).not.toMatch(/[가-힣]/);
  });
});
