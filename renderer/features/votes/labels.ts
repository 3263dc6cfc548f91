/** The votes feature's messages: field errors and refusals in the UI language. */
import { LIMITS } from '../../domain/limits';
import type { VoteFieldError, VoteRefusal } from '../../domain/votes';
import { formatNumber, type Language } from '../../i18n/language';
import type { Translate } from '../../i18n/react';

const LIMIT_VALUES = {
  max: 0,
  min: LIMITS.vote.options.min,
};

export function voteFieldMessage(t: Translate, error: VoteFieldError): string {
  const max =
    error.code === 'question-too-long'
      ? LIMITS.vote.question
      : error.code === 'option-too-long'
        ? LIMITS.vote.option
        : LIMITS.vote.options.max;
  return t(`votes.error.${error.code}`, { ...LIMIT_VALUES, max });
}

/** The message for a count that is not a whole number within the limits, numbers as the language writes them. */
export function badCountMessage(t: Translate, language: Language): string {
  const { min, max } = LIMITS.vote.count;
  return t('votes.error.bad-count', { min: formatNumber(language, min), max: formatNumber(language, max) });
}

export function voteRefusalMessage(
  t: Translate,
  language: Language,
  refusal: VoteRefusal | 'another-running',
): string {
  if (refusal === 'bad-count' || refusal === 'unknown-option') return badCountMessage(t, language);
  if (refusal === 'another-running') return t('votes.error.another-running');
  return t('votes.error.closed');
}
