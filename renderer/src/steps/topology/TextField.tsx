import type { Finding } from '../../../../electron/core/findings';
import { describedBy, fieldIds, hasError } from '../../components/field-aria';
import { FindingList } from '../../components/FindingList';
import { t } from '../../i18n';
import type { TextFieldName } from './topology-fields';

interface TextFieldProps {
  name: TextFieldName;
  value: string;
  placeholder?: string;
  findings: readonly Finding[];
  onChange(value: string): void;
}

/** One labelled input with its hint and the findings whose subject is this field. */
export function TextField({ name, value, placeholder, findings, onChange }: TextFieldProps) {
  const ids = fieldIds(name);
  return (
    <div className="field" data-field={name}>
      <label htmlFor={ids.input}>{t(`field.${name}.label`)}</label>
      <input
        id={ids.input}
        name={name}
        type="text"
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        autoComplete="off"
        aria-invalid={hasError(findings)}
        aria-describedby={describedBy(ids.hint, ids.findings, findings)}
        onChange={(event) => onChange(event.target.value)}
      />
      <p id={ids.hint} className="hint">
        {t(`field.${name}.hint`)}
      </p>
      <FindingList id={ids.findings} findings={findings} />
    </div>
  );
}
