import type { Finding } from '../../../../electron/core/findings';
import { describedBy, fieldIds, hasError } from '../../components/field-aria';
import { FindingList } from '../../components/FindingList';
import { t } from '../../i18n';

interface ExchangeServersFieldProps {
  servers: readonly string[];
  findingsAbout(subject: string): Finding[];
  onChange(servers: string[]): void;
}

/** The Exchange servers, one input per row (`exchangeServers[0]`, …), with add and remove. */
export function ExchangeServersField({ servers, findingsAbout, onChange }: ExchangeServersFieldProps) {
  const group = fieldIds('exchangeServers');
  const groupFindings = findingsAbout('exchangeServers');
  const replace = (index: number, value: string) => onChange(servers.map((server, i) => (i === index ? value : server)));
  const remove = (index: number) => onChange(servers.filter((_, i) => i !== index));

  return (
    <fieldset className="field field-list" data-field="exchangeServers" aria-describedby={describedBy(group.hint, group.findings, groupFindings)}>
      <legend>{t('field.exchangeServers.label')}</legend>
      <p id={group.hint} className="hint">
        {t('field.exchangeServers.hint')}
      </p>
      <FindingList id={group.findings} findings={groupFindings} />
      <ol className="rows">
        {servers.map((server, index) => {
          const name = `exchangeServers[${index}]`;
          const row = fieldIds(name);
          const findings = findingsAbout(name);
          return (
            <li key={index} className="row" data-field={name}>
              <label htmlFor={row.input}>{t('field.exchangeServers.row', { n: index + 1 })}</label>
              <div className="row-input">
                <input
                  id={row.input}
                  name={name}
                  type="text"
                  value={server}
                  spellCheck={false}
                  autoComplete="off"
                  aria-invalid={hasError(findings)}
                  aria-describedby={describedBy(group.hint, row.findings, findings)}
                  onChange={(event) => replace(index, event.target.value)}
                />
                <button type="button" aria-label={t('field.exchangeServers.removeRow', { n: index + 1 })} onClick={() => remove(index)}>
                  {t('field.exchangeServers.remove')}
                </button>
              </div>
              <FindingList id={row.findings} findings={findings} />
            </li>
          );
        })}
      </ol>
      <button type="button" onClick={() => onChange([...servers, ''])}>
        {t('field.exchangeServers.add')}
      </button>
    </fieldset>
  );
}
