import type { Finding } from '../../../electron/core/findings';

/** The ids that tie a field's input to its hint and its findings. `exchangeServers[1]` → `field-exchangeServers-1`. */
export function fieldIds(name: string) {
  const id = `field-${name.replace(/[^A-Za-z0-9-]+/g, '-').replace(/-$/, '')}`;
  return { input: id, hint: `${id}-hint`, findings: `${id}-findings` };
}

/** The value of `aria-describedby`: the hint, and the findings when there are any. */
export function describedBy(hintId: string, findingsId: string, findings: readonly Finding[]): string {
  return findings.length > 0 ? `${hintId} ${findingsId}` : hintId;
}

export function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}
