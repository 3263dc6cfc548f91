/** A labelled input with its error message wired up for assistive technology. */
import { useId, type InputHTMLAttributes } from 'react';
import { FieldError } from './FieldError';

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  error?: string | undefined;
  onValue: (value: string) => void;
  autoFocusFirst?: boolean;
}

export function TextField({ label, value, error, onValue, autoFocusFirst, ...input }: TextFieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        {...input}
        id={id}
        value={value}
        data-autofocus={autoFocusFirst ? true : undefined}
        onChange={(event) => onValue(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
