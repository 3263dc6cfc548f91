/** The votes feature's messages: field errors and refusals in the UI language. */
import { LIMITS } from '../../domain/limits';
import type { VoteFieldError, VoteRefusal } from '../../domain/votes';
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

export function voteRefusalMessage(t: Translate, refusal: VoteRefusal | 'another-running'): string {
  if (refusal === 'bad-count' || refusal === 'unknown-option')
    return t('votes.error.bad-count', { min: LIMITS.vote.count.min, max: LIMITS.vote.count.max });
  if (refusal === 'another-running') return t('votes.error.another-running');
  return t('votes.error.closed');
}
