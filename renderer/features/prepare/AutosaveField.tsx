/**
 * A field that saves as the user types (there is no Save button). What the user typed stays in
 * the field even when it is refused; the stored value changes only when the input is valid, and
 * the reason for a refusal shows next to the field. A change another window saved meanwhile is
 * never overwritten: the field takes it when nothing is being typed, else offers both versions.
 */
import { useId, type ReactNode } from 'react';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { FieldError } from '../../ui/FieldError';
import { useAutosavedText, type AutosaveResult } from '../../ui/use-autosaved-text';

export type SaveResult = AutosaveResult;

interface AutosaveFieldProps {
  label: string;
  stored: string;
  /** `base`: the stored text the field last knew, which the save is checked against. */
  save: (value: string, base: string) => Promise<SaveResult>;
  type?: 'text' | 'date' | 'time' | 'number';
  multiline?: boolean;
  hint?: ReactNode;
}

export function AutosaveField({ label, stored, save, type = 'text', multiline = false }: AutosaveFieldProps) {
  const id = useId();
  const { value, edit, theirs, error, takeTheirs, keepMine, focus } = useAutosavedText(stored, save);

  const shared = {
    ...focus,
    id,
    value,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': error ? `${id}-error` : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...shared} rows={3} onChange={(event) => edit(event.target.value)} />
      ) : (
        <input
          {...shared}
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          onChange={(event) => edit(event.target.value)}
        />
      )}
      <FieldError id={`${id}-error`} message={error} />
      {theirs !== undefined && (
        <ChangedElsewhere
          lines={[{ label, theirs, yours: value }]}
          onTakeTheirs={takeTheirs}
          onKeepMine={keepMine}
        />
      )}
    </div>
  );
}
