/**
 * Inside a modal dialog, which covers the app's write-failure alert, the same news where the user
 * looks: this change was not saved, and what was typed is still here. Pass `failed` of `useWrite`.
 */
import { useId } from 'react';
import { useT } from '../i18n/react';
import { FieldError } from './FieldError';

export function WriteFailed({ failed }: { failed: boolean }) {
  const t = useT();
  const id = useId();
  return <FieldError id={id} message={failed ? t('error.storage') : undefined} />;
}
