/**
 * The full walk-through as a user does it, one function per wizard step, shared by the end-to-end test (which
 * asserts after each step and takes the screenshots) and the benchmarks (which measure the renderer after it).
 * Each step acts in English through roles and labels, and waits until the step shows the outcome of what it did;
 * the wizard moves on with its own "Next step" button. Starts from the new project the wizard opens with.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { walkthroughTopology, type WalkthroughFixture } from './walkthrough-fixture.js';
import { fillSeedTopology, type WizardSession } from './wizard-page.js';

export interface WalkthroughStep {
  /** The step's id in the wizard (renderer/src/steps/steps.ts). */
  id: string;
  /** Its heading in English. */
  heading: string;
  run(session: WizardSession, fixture: WalkthroughFixture): Promise<void>;
}

const successOutput = new URL('../fixtures/diagnose/diag.success/verbose.txt', import.meta.url);

/**
 * Waits for a status line (e.g. "Saved to …"); when the app shows an error instead, fails with the error's text
 * rather than a bare timeout.
 */
async function statusOrAlert(page: Page, text: string): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await page.getByRole('status').filter({ hasText: text }).or(alert).first().waitFor();
  if ((await alert.count()) > 0) throw new Error(`Waiting for "${text}", the app showed: ${await alert.first().textContent()}`);
}

async function nextStep(page: Page, heading: string): Promise<void> {
  await page.getByRole('button', { name: 'Next step', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: heading, exact: true }).waitFor();
}

async function saveProject(session: WizardSession, fixture: WalkthroughFixture, button: 'Save' | 'Save as…'): Promise<void> {
  session.backend.dialogs.save = fixture.files.project;
  await session.page.getByRole('button', { name: button, exact: true }).click();
  await statusOrAlert(session.page, `Saved to ${fixture.files.project}`);
}

export const walkthroughSteps: readonly WalkthroughStep[] = [
  {
    id: 'topology',
    heading: 'Topology',
    async run(session, fixture) {
      const { page } = session;
      await fillSeedTopology(page);
      // The stand-ins listen on loopback ports: the URLs name them, with the real host names.
      await page.locator('summary').filter({ hasText: 'Advanced' }).click();
      await page.locator('input[name="lyncMetadataUrl"]').fill(fixture.urls.lyncMetadata);
      await page.locator('input[name="exchangeMetadataUrl"]').fill(fixture.urls.exchangeMetadata);
      await page.locator('input[name="exchangeEwsUrl"]').fill(fixture.urls.ews);
      // Saved now, so the files the next steps record are relative to the project file.
      await saveProject(session, fixture, 'Save as…');
    },
  },
  {
    id: 'certificates',
    heading: 'Certificates',
    async run(session, fixture) {
      const { page, backend } = session;
      await nextStep(page, 'Certificates');
      backend.dialogs.certificate = fixture.files.oauthPfx;
      await page.getByRole('button', { name: 'Choose file… for the Lync / Skype for Business OAuthTokenIssuer certificate' }).click();
      const oauth = page.getByRole('article', { name: 'oauth-issuer.pfx' });
      await oauth.getByLabel('Password of oauth-issuer.pfx').fill(fixture.pfxPassword);
      await oauth.getByRole('button', { name: 'Open', exact: true }).click();
      await oauth.getByText('CN=Litware Walk-through Root CA', { exact: false }).first().waitFor();

      backend.dialogs.certificate = fixture.files.authCer;
      await page.getByRole('button', { name: 'Choose file… for the Exchange Server Auth Certificate' }).click();
      await page.getByRole('article', { name: 'exchange-auth.cer' }).locator('[data-finding-id]').first().waitFor();

      backend.dialogs.trustedCa = fixture.files.rootCer;
      await page.getByRole('button', { name: 'Add CA file…' }).click();
      await page.getByText('Trusting CN=Litware Walk-through Root CA.').waitFor();

      for (const [button, probe] of [
        ['Probe the pool', 'pool'],
        ['Probe Autodiscover', 'autodiscover'],
      ] as const) {
        await page.getByRole('button', { name: button }).click();
        await page.locator(`[data-probe="${probe}"]`).getByText('Node verified the certificate and the host name against the trusted roots.').waitFor();
      }
    },
  },
  {
    id: 'metadata',
    heading: 'Metadata',
    async run(session, fixture) {
      const { page } = session;
      const { pool, autodiscover } = walkthroughTopology;
      await nextStep(page, 'Metadata');
      await page.getByRole('button', { name: 'Check both documents and Exchange’s trust' }).click();
      const lync = page.getByRole('region', { name: 'Lync / Skype for Business' });
      const exchange = page.getByRole('region', { name: 'Exchange', exact: true });
      await lync.getByText(`TLS: ${pool}:${fixture.lyncServer.port} presented a trusted certificate.`).waitFor();
      await exchange.getByText(`TLS: ${autodiscover}:${fixture.exchangeServer.port} presented a trusted certificate.`).waitFor();
      await page.getByRole('region', { name: 'Does Exchange trust Lync?' }).locator('[data-finding-id]').first().waitFor();
      // Saved copies: the offline check, the bundle and the report read them.
      for (const side of [lync, exchange]) {
        await side.getByRole('button', { name: 'Save into the project folder' }).click();
        await side.getByText(/^Saved as .+\.json\.$/).waitFor();
      }
      await saveProject(session, fixture, 'Save');
    },
  },
  {
    id: 'exchangeTrustsLync',
    heading: 'Exchange trusts Lync',
    async run(session, fixture) {
      const { page, backend } = session;
      await nextStep(page, 'Exchange trusts Lync');
      await page.locator('[data-script="01-exchange-trust-lync.ps1"]').waitFor();
      backend.dialogs.bundleZip = fixture.files.bundleZip;
      await page.getByRole('button', { name: 'Export as a zip file…' }).click();
      await statusOrAlert(page, `files to ${fixture.files.bundleZip}`);
    },
  },
  {
    id: 'lyncTrustsExchange',
    heading: 'Lync trusts Exchange',
    async run(session, fixture) {
      const { page, backend } = session;
      await nextStep(page, 'Lync trusts Exchange');
      await page.locator('[data-script="02-lync-trust-exchange.ps1"]').waitFor();
      // Last, so the report lists the files of this export.
      backend.dialogs.bundleFolder = fixture.files.bundleFolder;
      await page.getByRole('button', { name: 'Export to a folder…' }).click();
      await statusOrAlert(page, `files to ${fixture.files.bundleFolder}`);
    },
  },
  {
    id: 'verify',
    heading: 'Verify',
    async run(session, fixture) {
      const { page, backend } = session;
      await nextStep(page, 'Verify');
      await page.getByLabel('Console output of the test').fill(await readFile(successOutput, 'utf8'));
      await page.getByRole('button', { name: 'Diagnose', exact: true }).click();
      await page.getByTestId('diagnosis').locator('[data-finding-id]').first().waitFor();
      backend.dialogs.report = fixture.files.report;
      await page.getByRole('button', { name: 'Save report as HTML…' }).click();
      await statusOrAlert(page, `Report saved to ${fixture.files.report}`);
    },
  },
  {
    id: 'next',
    heading: 'Next',
    async run(session, fixture) {
      const { page, backend } = session;
      await nextStep(page, 'Next');
      // The hand-over with archiving: its script joins the bundle, which goes out again.
      await page.getByRole('switch', { name: 'Archive IM transcripts into Exchange' }).check();
      await page.locator('[data-script="04-enable-archiving.ps1"]').waitFor();
      backend.dialogs.bundleFolder = fixture.files.handoverFolder;
      await page.getByRole('button', { name: 'Export to a folder…' }).click();
      await statusOrAlert(page, `files to ${fixture.files.handoverFolder}`);
    },
  },
];

/** Every step in order; `after` runs once each step has done its part (the test asserts and takes screenshots there). */
export async function walkThrough(session: WizardSession, fixture: WalkthroughFixture, after?: (step: WalkthroughStep, index: number) => Promise<void>): Promise<void> {
  for (const [index, step] of walkthroughSteps.entries()) {
    await step.run(session, fixture);
    await after?.(step, index);
  }
}
