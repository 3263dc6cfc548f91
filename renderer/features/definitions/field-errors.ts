/** Turns the domain's refusal codes for definitions into messages in the user's language. */
import { MAX_MEANING_LENGTH, MAX_TERM_LENGTH, type DefinitionFieldError } from '../../domain/definitions';
import { cleanLine } from '../../domain/text';
import type { Translate } from '../../i18n/react';

export type DefinitionMessages = Partial<Record<DefinitionFieldError['field'], string>>;

const MAX: Record<DefinitionFieldError['field'], number> = {
  term: MAX_TERM_LENGTH,
  meaning: MAX_MEANING_LENGTH,
};

/** `term` is what the user typed, named in the message when that term already exists. */
export function definitionMessages(
  t: Translate,
  errors: readonly DefinitionFieldError[],
  term: string,
): DefinitionMessages {
  const messages: DefinitionMessages = {};
  for (const error of errors) {
    messages[error.field] ??= t(`definitions.error.${error.code}`, {
      max: MAX[error.field],
      term: cleanLine(term),
    });
  }
  return messages;
}
