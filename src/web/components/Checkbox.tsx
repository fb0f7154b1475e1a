import { useField } from './Form.tsx';

/** One yes/no question as a single checkbox with its label (and an optional hint). */
export function CheckboxField({ name, label, description, checked, onChange }: {
  name: string; label: string; description?: string; checked: boolean; onChange: (checked: boolean) => void;
}) {
  const { id } = useField(name);
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <div className="utrecht-form-field__input">
        <input id={id} type="checkbox" name={name} checked={checked} aria-describedby={description ? `${id}-description` : undefined}
          className="utrecht-checkbox utrecht-checkbox--html-input" onChange={(event) => onChange(event.target.checked)} />
      </div>
      <div className="utrecht-form-field__label">
        <label htmlFor={id} className="utrecht-form-label utrecht-form-label--checkbox">{label}</label>
      </div>
      {description && <div id={`${id}-description`} className="utrecht-form-field-description">{description}</div>}
    </div>
  );
}
