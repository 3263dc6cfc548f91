/**
 * A field that saves as the user types (there is no Save button). What the user typed stays in
 * the field even when it is refused; the stored value changes only when the input is valid, and
 * the reason for a refusal shows next to the field.
 */
import { useId, useState, type ReactNode } from 'react';
import { FieldError } from '../../ui/FieldError';

export type SaveResult = { ok: true } | { ok: false; message: string };

interface AutosaveFieldProps {
  label: string;
  stored: string;
  save: (value: string) => Promise<SaveResult>;
  type?: 'text' | 'date' | 'time' | 'number';
  multiline?: boolean;
  hint?: ReactNode;
}

export function AutosaveField({ label, stored, save, type = 'text', multiline = false }: AutosaveFieldProps) {
  const id = useId();
  const [value, setValue] = useState(stored);
  const [error, setError] = useState<string | undefined>();

  async function change(next: string) {
    setValue(next);
    const result = await save(next);
    setError(result.ok ? undefined : result.message);
  }

  const shared = {
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => void change(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          onChange={(event) => void change(event.target.value)}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
    </div>
  );
}
