/** Turns the domain's refusal codes into messages in the user's language. */
import { MAX_TITLE_LENGTH, type MeetingFieldError } from '../../domain/meetings';
import type { Translate } from '../../i18n/react';

export type FieldMessages = Partial<Record<MeetingFieldError['field'], string>>;

export function fieldMessages(t: Translate, errors: readonly MeetingFieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`error.${error.code}`, { max: MAX_TITLE_LENGTH });
  }
  return messages;
}
