import { createContext, useContext, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, type FieldError } from '../api.ts';
import { problemMessage } from './ProblemAlert.tsx';

interface FormState { formId: string; errors: FieldError[] }
const FormContext = createContext<FormState>({ formId: 'form', errors: [] });

export const fieldId = (formId: string, name: string) => `${formId}-${name.replace(/[^a-zA-Z0-9_-]/g, '-')}`;

/** The current form's id and the error for one field (if any), for the field components. */
export function useField(name: string) {
  const { formId, errors } = useContext(FormContext);
  const error = errors.find((e) => e.path === name || e.path.startsWith(`${name}.`));
  return { id: fieldId(formId, name), error: error?.message };
}

interface FormProps {
  label: string;
  submitLabel: string;
  /** Checks in the browser first; returns the fields that need attention, with a message. */
  validate?: () => FieldError[];
  onSubmit: () => Promise<void>;
  /** Words for server field paths (e.g. `bsn` → "BSN"), used in the error summary. */
  fieldLabels?: Record<string, string>;
  problemParams?: Record<string, string>;
  children: ReactNode;
}

/**
 * A form with an error summary at the top: it names what went wrong, links to each field, and takes focus
 * so a screen reader hears it. Server problems are translated from their stable code.
 */
export function Form({ label, submitLabel, validate, onSubmit, fieldLabels = {}, problemParams, children }: FormProps) {
  const { t } = useTranslation();
  const formId = useId().replace(/:/g, '');
  const summaryRef = useRef<HTMLDivElement>(null);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [problem, setProblem] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const fail = (fieldErrors: FieldError[], error: ApiError | null) => {
    setErrors(fieldErrors);
    setProblem(error);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const invalid = validate?.() ?? [];
    if (invalid.length > 0) return fail(invalid, null);
    setBusy(true);
    try {
      await onSubmit();
      setErrors([]);
      setProblem(null);
    } catch (caught) {
      const error = caught instanceof ApiError ? caught : new ApiError(0, 'INTERNAL', String(caught));
      // A message for this field and this problem (`fieldErrors.ALREADY_EXISTS.email`) before the field's general one.
      const fieldMessage = (path: string) => t([`fieldErrors.${error.code}.${path}`, `fieldErrors.${path}`], { defaultValue: t('fieldErrors.invalid', { field: fieldLabels[path] ?? path }) });
      fail(error.fields.map((f) => ({ path: f.path, message: fieldMessage(f.path) })), error);
    } finally {
      setBusy(false);
    }
  };

  const showSummary = errors.length > 0 || problem !== null;
  return (
    <FormContext.Provider value={{ formId, errors }}>
      <form className="utrecht-form rondom-form" aria-label={label} noValidate onSubmit={submit}>
        {showSummary && (
          <div ref={summaryRef} tabIndex={-1} role="alert" className="utrecht-alert utrecht-alert--error rondom-error-summary">
            <div className="utrecht-alert__content">
              <p className="utrecht-paragraph"><strong>{problem ? problemMessage(t, problem, problemParams) : t('form.checkFields')}</strong></p>
              {errors.length > 0 && (
                <ul className="utrecht-unordered-list">
                  {errors.map((error) => (
                    <li key={error.path} className="utrecht-unordered-list__item">
                      <a className="utrecht-link" href={`#${fieldId(formId, error.path)}`} onClick={(event) => {
                        event.preventDefault();
                        const target = document.getElementById(fieldId(formId, error.path)) ?? document.getElementById(fieldId(formId, error.path.split('.')[0] ?? ''));
                        target?.focus();
                      }}>{error.message}</a>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          </div>
        )}
        {children}
        <div className="utrecht-button-group">
          <button type="submit" className="utrecht-button utrecht-button--primary-action" aria-disabled={busy} disabled={busy}>
            {busy ? t('form.saving') : submitLabel}
          </button>
        </div>
      </form>
    </FormContext.Provider>
  );
}

/**
 * Required-field check for `validate`, saying what to do as a colleague would ("Vul de voornaam in"): the
 * field's own sentence where the translations have one (`form.requiredField.<path>`, or the message given),
 * else one that quotes the label.
 */
export function requireFields(t: (key: string, options?: Record<string, unknown>) => string,
  fields: Array<[path: string, value: string, label: string, message?: string]>): FieldError[] {
  return fields.filter(([, value]) => value.trim() === '').map(([path, , label, message]) => ({
    path, message: message ?? t(`form.requiredField.${path}`, { defaultValue: t('form.required', { field: label }) }),
  }));
}
