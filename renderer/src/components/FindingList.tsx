import type { ReactNode } from 'react';
import type { Finding, Severity } from '../../../electron/core/findings';
import { t } from '../i18n';
import { localizeFinding } from '../i18n/localize';
import { FindingDocLink } from './FindingDocLink';

const severityIcon: Record<Severity, string> = { error: '✖', warning: '⚠', info: 'ℹ', ok: '✔' };

/**
 * The findings about one field: severity in words and an icon, then title, detail and fix in the UI's language.
 * `fixAction` adds a control beside each fix (e.g. a copy button).
 */
export function FindingList({ id, findings, fixAction }: { id: string; findings: readonly Finding[]; fixAction?: (finding: Finding) => ReactNode }) {
  if (findings.length === 0) return null;
  return (
    <ul id={id} className="findings">
      {findings.map((finding, index) => (
        <li key={`${finding.id}-${index}`} className={`finding finding-${finding.severity}`} data-finding-id={finding.id}>
          <p className="finding-title">
            <span className="finding-icon" aria-hidden="true">
              {severityIcon[finding.severity]}
            </span>
            <strong>{t(`severity.${finding.severity}`)}:</strong> {localizeFinding(finding).title}
          </p>
          <p className="finding-detail">{localizeFinding(finding).detail}</p>
          {finding.fix && (
            <p className="finding-fix">
              <strong>{t('finding.fix')}</strong> {localizeFinding(finding).fix}
              {fixAction?.(finding)}
            </p>
          )}
          <FindingDocLink id={finding.id} />
        </li>
      ))}
    </ul>
  );
}
