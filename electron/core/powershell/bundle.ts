/** The whole script bundle for a project: every script, the rollback scripts and the runbook, or a refusal naming the field. */
import { finding, type Finding } from '../findings.js';
import { msg } from '../message-catalogue.js';
import type { Project } from '../model/project.js';
import { fail, ok, type Result } from '../result.js';
import { buildCollectExchangeScript, buildCollectLyncScript } from './collect-state.js';
import { buildArchivingScript } from './enable-archiving.js';
import { buildContactStoreScript } from './enable-unified-contact-store.js';
import { buildExchangeTrustScript, trustAnySslMessage } from './exchange-trust-lync.js';
import { buildLyncTrustScript } from './lync-trust-exchange.js';
import { renderScript } from './render-script.js';
import { buildRollbackScripts } from './rollback-scripts.js';
import { buildRunbook } from './runbook.js';
import type { BundleFile, GenerationContext, ScriptSpec } from './script-model.js';
import { brokenUnicode, scriptValuesOf, type ExchangeAuthCertificate, type ScriptValues } from './script-values.js';
import { buildVerifyScript } from './verify.js';

export interface BundleInput {
  project: Project;
  /** The project file's name (no folder), shown in each header; null for a project never saved. */
  projectFileName: string | null;
  toolVersion: string;
  now: Date;
  /** Needed when options.lyncTrustsExchangeBy is 'certificate'; the caller reads certificates.exchangeAuth. */
  exchangeAuthCertificate: ExchangeAuthCertificate | null;
}

export interface Bundle {
  files: BundleFile[];
  findings: Finding[];
}

function scriptSpecs(values: ScriptValues): ScriptSpec[] {
  return [
    buildCollectExchangeScript(values),
    buildCollectLyncScript(values),
    buildExchangeTrustScript(values),
    buildLyncTrustScript(values),
    buildVerifyScript(values),
    ...(values.options.archiving ? [buildArchivingScript(values)] : []),
    ...(values.options.unifiedContactStore ? [buildContactStoreScript(values)] : []),
    ...buildRollbackScripts(values),
  ];
}

function contextOf(input: BundleInput, values: ScriptValues): Result<GenerationContext> {
  const { projectFileName, toolVersion, now } = input;
  if (projectFileName !== null && (/[\p{Cc}\u2028\u2029\u0085]/u.test(projectFileName) || projectFileName.length > 200 || brokenUnicode.test(projectFileName))) {
    return fail('script.unsafe-value', msg('error.script.file-name'), 'project file name');
  }
  if (!/^[0-9A-Za-z.+-]{1,40}$/.test(toolVersion)) return fail('script.unsafe-value', msg('error.script.tool-version', { version: toolVersion }), 'toolVersion');
  if (Number.isNaN(now.getTime())) return fail('script.unsafe-value', msg('error.script.generation-time'), 'now');
  return ok({ toolVersion, generatedAt: now, projectLabel: projectFileName === null ? values.sipDomain : `${values.sipDomain} (${projectFileName})` });
}

function findingsOf(values: ScriptValues): Finding[] {
  if (!values.options.trustAnySslCertificate) return [];
  return [
    finding('script.trust-any-certificate', 'warning', {
      subject: 'options.trustAnySslCertificate',
      detail: msg('script.trust-any-certificate.detail', {
        script: '01-exchange-trust-lync.ps1',
        option: '-TrustAnySSLCertificate $true',
        configureScript: 'Configure-EnterprisePartnerApplication.ps1',
        warning: trustAnySslMessage,
      }),
      fix: msg('script.trust-any-certificate.fix'),
    }),
  ];
}

export function generateBundle(input: BundleInput): Result<Bundle> {
  const values = scriptValuesOf(input.project, input.exchangeAuthCertificate);
  if (!values.ok) return values;
  const context = contextOf(input, values.value);
  if (!context.ok) return context;
  const specs = scriptSpecs(values.value);
  const scripts = specs.map((spec) => renderScript(spec, context.value));
  return ok({ files: [...scripts, ...buildRunbook(values.value, context.value, specs)], findings: findingsOf(values.value) });
}
