/**
 * End to end, the accessibility gate of issue 7: the built renderer in headless Chromium at 1280×800, filled with
 * the seed example, every step visited in English and Korean, light and dark (switched from the header, as a user
 * would), axe-core run on each, and a screenshot of each kept under test-results/e2e/access/. Also: the
 * System theme follows the OS, both choices survive a restart, the first language follows the browser's locale,
 * the About box is a well-behaved modal, and the keyboard reaches every control in order with a visible focus and
 * never gets stuck.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { fillSeedTopology, openWizard, type WizardSession } from '../helpers/wizard-page.js';

const repo = new URL('../..', import.meta.url).pathname;
const shots = join(repo, 'test-results/e2e/access');
const axePath = join(repo, 'node_modules/axe-core/axe.min.js');

const steps = ['topology', 'certificates', 'metadata', 'exchangeTrustsLync', 'lyncTrustsExchange', 'verify', 'next'] as const;
const headings = {
  en: ['Topology', 'Certificates', 'Metadata', 'Exchange trusts Lync', 'Lync trusts Exchange', 'Verify', 'Next'],
  ko: ['토폴로지', '인증서', '메타 데이터', 'Exchange가 Lync를 신뢰', 'Lync가 Exchange를 신뢰', '확인', '다음 작업'],
};
const summaryHeadings = { en: 'Summary of open findings', ko: '미해결 검사 결과 요약' };
const combinations = [
  { language: 'en', theme: 'light' },
  { language: 'en', theme: 'dark' },
  { language: 'ko', theme: 'light' },
  { language: 'ko', theme: 'dark' },
] as const;

interface Violation {
  id: string;
  impact: string;
  help: string;
  targets: string[];
}

/**
 * axe-core into the page. Not with addScriptTag: that adds an inline <script>, which the app's own
 * Content-Security-Policy (script-src 'self') rightly refuses; evaluating through the DevTools protocol is not a
 * page script, so the policy stays as shipped.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(await readFile(axePath, 'utf8'));
}

async function seriousViolations(page: Page): Promise<Violation[]> {
  await injectAxe(page);
  const results = await page.evaluate(async () => {
    const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } };
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({ id: violation.id, impact: violation.impact ?? '', help: violation.help, targets: violation.nodes.map((node) => node.target.join(' ')) }));
}

async function choose(page: Page, label: RegExp, value: string): Promise<void> {
  await page.getByRole('combobox', { name: label }).selectOption(value);
}

describe('access: every step, both languages, both themes', () => {
  let session: WizardSession;

  beforeAll(async () => {
    await mkdir(shots, { recursive: true });
    session = await openWizard({ width: 1280, height: 800 });
    await fillSeedTopology(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it.each(combinations)('$language, $theme: axe finds nothing serious or critical on any step', async ({ language, theme }) => {
    const { page } = session;
    await choose(page, /^(Language|언어)$/, language);
    await choose(page, /^(Theme|테마)$/, theme);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe(theme);
    const background = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    expect(background).toBe(theme === 'dark' ? 'rgb(13, 17, 23)' : 'rgb(255, 255, 255)');

    const found: string[] = [];
    for (const [index, step] of steps.entries()) {
      await page.locator('.step-rail button').nth(index).click();
      const heading = headings[language][index] ?? '';
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      if (index > 0) expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
      for (const violation of await seriousViolations(page)) found.push(`${step}: ${violation.impact} ${violation.id} (${violation.help}) at ${violation.targets.join(', ')}`);
      await page.mouse.move(1270, 790); // no hover highlight in the pictures
      await page.screenshot({ path: join(shots, `${language}-${theme}-${String(index + 1).padStart(2, '0')}-${step}.png`) });
    }
    // The summary of open findings, a view of its own reached from below the rail.
    await page.locator('.rail-summary button').click();
    await page.getByRole('heading', { level: 2, name: summaryHeadings[language], exact: true }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('step-heading');
    for (const violation of await seriousViolations(page)) found.push(`summary: ${violation.impact} ${violation.id} (${violation.help}) at ${violation.targets.join(', ')}`);
    await page.mouse.move(1270, 790);
    await page.screenshot({ path: join(shots, `${language}-${theme}-08-summary.png`) });
    expect(found).toEqual([]);
  });

  it('About shows the version of package.json in a modal box that Escape closes, giving the focus back', async () => {
    const { page } = session;
    const { version } = JSON.parse(await readFile(join(repo, 'package.json'), 'utf8')) as { version: string };
    const about = page.getByRole('button', { name: /^(About|정보)$/ });
    await about.focus();
    await page.keyboard.press('Enter');
    const box = page.getByRole('dialog', { name: /s2s-wizard/ });
    await box.waitFor();
    expect(await box.textContent()).toContain(version);
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: join(shots, 'about.png') });
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('about-open');
  });

  it('System follows the colour scheme the OS asks for', async () => {
    const { page } = session;
    await choose(page, /^(Theme|테마)$/, 'system');
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme'))).toBe(false);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(13, 17, 23)');
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor)).toBe('rgb(255, 255, 255)');
  });

  it('remembers the language and the theme across a restart', async () => {
    const { page } = session;
    await choose(page, /^(Language|언어)$/, 'ko');
    await choose(page, /^(Theme|테마)$/, 'dark');
    await page.reload();
    await page.getByRole('button', { name: '복원' }).click();
    await page.getByRole('heading', { level: 2, name: '토폴로지' }).waitFor();
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dataset.theme])).toEqual(['ko', 'dark']);
    await choose(page, /^(Language|언어)$/, 'en');
    await choose(page, /^(Theme|테마)$/, 'system');
    await page.getByRole('heading', { level: 2, name: 'Topology' }).waitFor();
  });

  it.each(['topology', 'certificates', 'metadata', 'exchangeTrustsLync', 'verify', 'next'] as const)(
    'on %s, Tab walks every control once, in document order, each with a visible focus, and leaves the page (no trap)',
    async (step) => {
      const { page } = session;
      await page.locator('.step-rail button').nth(steps.indexOf(step)).click();
      await page.getByRole('heading', { level: 2 }).waitFor();
      // Number the controls in document order; then start from the top of the page.
      const controls = await page.evaluate(() => {
        const selector = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex="0"]';
        const shown = [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.checkVisibility());
        shown.forEach((element, index) => element.setAttribute('data-focus-order', String(index)));
        return shown.map((element) => `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.textContent ?? '').slice(0, 50)}"`);
      });
      // A click on the header's empty corner drops the focus and puts the Tab starting point at the top.
      await page.mouse.click(2, 2);
      expect(controls.length).toBeGreaterThan(10);

      const reached: string[] = [];
      for (let press = 0; press < controls.length * 2; press += 1) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const element = document.activeElement as HTMLElement | null;
          if (element === null || element === document.body) return null;
          const style = getComputedStyle(element);
          return {
            order: Number(element.dataset.focusOrder ?? -1),
            name: `${element.tagName.toLowerCase()} "${(element.getAttribute('aria-label') ?? element.getAttribute('name') ?? element.textContent ?? '').slice(0, 50)}"`,
            visible: style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2,
          };
        });
        if (focus === null) break;
        expect(focus.visible, `no visible focus on ${focus.name}`).toBe(true);
        if (focus.order >= 0) reached.push(controls[focus.order] ?? '');
      }
      // Every control, each once and in document order, and then focus leaves the page rather than cycling inside it.
      expect(reached).toEqual(controls);
    },
  );
});

describe('the first language comes from the OS locale', () => {
  it.each([
    ['ko-KR', 'ko', '토폴로지'],
    ['en-GB', 'en', 'Topology'],
    ['fr-FR', 'en', 'Topology'],
  ])('a browser in %s starts in %s', async (locale, language, heading) => {
    const session = await openWizard({ width: 1280, height: 800 }, { locale });
    try {
      const { page } = session;
      await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(language);
      expect(await page.getByRole('combobox', { name: /^(Language|언어)$/ }).inputValue()).toBe(language);
    } finally {
      await session.close();
    }
  });
});
