/**
 * A vote's result in one line, in a language: the option(s) with the most hands, or the consent of a
 * fist-of-five with its average. The same line stands in the minutes and beside the decision the
 * vote informed, so both say the same thing.
 */
import { formatter } from './minutes/format';
import { word } from './minutes/words';
import type { Language, Vote } from './types';
import { consentOf, leadingOptions, optionLabel } from './votes';

export function voteSummary(vote: Vote, language: Language): string {
  const w = (key: Parameters<typeof word>[1], values?: Record<string, string | number>) =>
    word(language, key, values);
  if (vote.kind === 'fist-of-five') {
    const consent = consentOf(vote);
    if (consent.verdict === 'none') return w('vote.noHands');
    return w(`vote.consent.${consent.verdict}`, {
      average: formatter(language).number(consent.average ?? 0),
      count: consent.objections,
      total: consent.total,
    });
  }
  const leading = leadingOptions(vote);
  if (leading.length === 0) return w('vote.noHands');
  const options = leading.map((option) => optionLabel(vote, option)).join(' / ');
  return w(leading.length === 1 ? 'vote.leading' : 'vote.tie', { options });
}
