import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useField } from './Form.tsx';

interface Common { name: string; label: string; description?: string; required?: boolean }

function FieldShell({ name, label, description, required, children }: Common & { children: (props: InputProps) => ReactNode }) {
  const { id, error } = useField(name);
  const { t } = useTranslation();
  const describedBy = [description && `${id}-description`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`utrecht-form-field utrecht-form-field--text ${error ? 'utrecht-form-field--invalid' : ''}`}>
      <div className="utrecht-form-field__label">
        <label className="utrecht-form-label" htmlFor={id}>{label}{!required && <span className="rondom-optional"> {t('form.optional')}</span>}</label>
      </div>
      {description && <div id={`${id}-description`} className="utrecht-form-field-description">{description}</div>}
      {error && <div id={`${id}-error`} className="utrecht-form-field-error-message">{error}</div>}
      <div className="utrecht-form-field__input">{children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined, required })}</div>
    </div>
  );
}

interface InputProps { id: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean; required?: boolean }

export function TextField(props: Common & {
  value: string; onChange: (value: string) => void; type?: string; autoComplete?: string; inputMode?: 'numeric' | 'text' | 'email' | 'search';
}) {
  const { value, onChange, type = 'text', autoComplete, inputMode, ...common } = props;
  return (
    <FieldShell {...common}>
      {(input) => (
        <input {...input} name={common.name} type={type} value={value} autoComplete={autoComplete} inputMode={inputMode}
          className={`utrecht-textbox utrecht-textbox--html-input ${input['aria-invalid'] ? 'utrecht-textbox--invalid' : ''}`}
          onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}

export function TextAreaField(props: Common & { value: string; onChange: (value: string) => void; rows?: number }) {
  const { value, onChange, rows = 3, ...common } = props;
  return (
    <FieldShell {...common}>
      {(input) => (
        <textarea {...input} name={common.name} rows={rows} value={value}
          className={`utrecht-textarea utrecht-textarea--html-textarea ${input['aria-invalid'] ? 'utrecht-textarea--invalid' : ''}`}
          onChange={(event) => onChange(event.target.value)} />
      )}
    </FieldShell>
  );
}

export function SelectField(props: Common & { value: string; onChange: (value: string) => void; children: ReactNode }) {
  const { value, onChange, children, ...common } = props;
  return (
    <FieldShell {...common}>
      {(input) => (
        <select {...input} name={common.name} value={value}
          className={`utrecht-select utrecht-select--html-select ${input['aria-invalid'] ? 'utrecht-select--invalid' : ''}`}
          onChange={(event) => onChange(event.target.value)}>
          {children}
        </select>
      )}
    </FieldShell>
  );
}
