import { useField } from './Form.tsx';

interface Option { value: string; label: string; description?: string }

/** A group of checkboxes (several answers) or radio buttons (one answer) in a fieldset with a legend. */
export function ChoiceGroup({ name, legend, options, type, selected, onChange }: {
  name: string; legend: string; options: Option[]; type: 'checkbox' | 'radio'; selected: string[]; onChange: (selected: string[]) => void;
}) {
  const { id, error } = useField(name);
  const toggle = (value: string, checked: boolean) => {
    if (type === 'radio') return onChange([value]);
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));
  };
  return (
    <fieldset id={id} tabIndex={-1} aria-describedby={error ? `${id}-error` : undefined}
      className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset ${error ? 'utrecht-form-fieldset--invalid' : ''}`}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {error && <div id={`${id}-error`} className="utrecht-form-field-error-message">{error}</div>}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className={`utrecht-form-field utrecht-form-field--${type === 'radio' ? 'radio' : 'checkbox'}`}>
            <div className="utrecht-form-field__input">
              <input id={optionId} type={type} name={`${id}-choice`} value={option.value} checked={selected.includes(option.value)}
                className={type === 'radio' ? 'utrecht-radio-button utrecht-radio-button--html-input' : 'utrecht-checkbox utrecht-checkbox--html-input'}
                onChange={(event) => toggle(option.value, event.target.checked)} />
            </div>
            <div className="utrecht-form-field__label">
              <label htmlFor={optionId} className={`utrecht-form-label utrecht-form-label--${type === 'radio' ? 'radio' : 'checkbox'}`}>
                {option.label}{option.description && <span className="rondom-muted"> — {option.description}</span>}
              </label>
            </div>
          </div>
        );
      })}
    </fieldset>
  );
}
