/**
 * A labelled multi-line input with its error wired up for assistive technology. With
 * `submitOnEnter`, Enter submits the form and Shift+Enter starts a new line, so quick capture
 * needs no mouse.
 */
import { useId, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';
import { FieldError } from './FieldError';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  error?: string | undefined;
  onValue: (value: string) => void;
  submitOnEnter?: boolean;
  autoFocusFirst?: boolean;
}

export function TextAreaField(props: TextAreaFieldProps) {
  const { label, value, error, onValue, submitOnEnter, autoFocusFirst, ...textarea } = props;
  const id = useId();
  const errorId = `${id}-error`;

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (!submitOnEnter || event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
    event.preventDefault();
    event.currentTarget.form?.requestSubmit();
  }

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea
        rows={2}
        {...textarea}
        id={id}
        value={value}
        data-autofocus={autoFocusFirst ? true : undefined}
        onChange={(event) => onValue(event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <FieldError id={errorId} message={error} />
    </div>
  );
}
