/** Turns the domain's refusal codes into messages in the user's language. */
import { MAX_TITLE_LENGTH, type MeetingFieldError } from '../../domain/meetings';
import type { TemplateError } from '../../domain/template-rules';
import type { Translate } from '../../i18n/react';

export type FieldMessages = Partial<Record<MeetingFieldError['field'] | 'template', string>>;

export function fieldMessages(t: Translate, errors: readonly MeetingFieldError[]): FieldMessages {
  const messages: FieldMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`error.${error.code}`, { max: MAX_TITLE_LENGTH });
  }
  return messages;
}

const MEETING_FIELDS: ReadonlySet<string> = new Set<MeetingFieldError['field']>([
  'title',
  'date',
  'startTime',
]);

function isMeetingFieldError(error: MeetingFieldError | TemplateError): error is MeetingFieldError {
  return MEETING_FIELDS.has(error.field);
}

/** Messages for a refused meeting made from a template: the draft's fields, or the template itself. */
export function templateMessages(
  t: Translate,
  errors: ReadonlyArray<MeetingFieldError | TemplateError>,
): FieldMessages {
  const fieldErrors = errors.filter(isMeetingFieldError);
  const messages = fieldMessages(t, fieldErrors);
  if (fieldErrors.length !== errors.length) messages.template = t('meetings.templateUnavailable');
  return messages;
}
