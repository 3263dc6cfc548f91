/** Words for where a decision's cascade stands, in the UI language. */
import type { CascadeState } from '../../domain/cascade';
import type { CalendarDate, CascadeResponse } from '../../domain/types';
import { isCascadeOverdue } from '../../domain/cascade';
import { formatNumber, translate, translateCount, type Language } from '../../i18n/language';

/** "3 of 5 adopted, 1 adapted, 1 objection, 1 overdue": the parts that are not zero. */
export function cascadeSummary(language: Language, state: CascadeState): string {
  const count = (value: number) => formatNumber(language, value);
  const parts = [
    translate(language, 'cascade.summary.adopted', {
      adopted: count(state.adopted),
      total: count(state.total),
    }),
  ];
  if (state.adapted > 0)
    parts.push(translate(language, 'cascade.summary.adapted', { count: count(state.adapted) }));
  if (state.objected > 0) parts.push(translateCount(language, 'cascade.summary.objected', state.objected));
  const waiting = state.awaiting - state.overdue;
  if (waiting > 0) parts.push(translate(language, 'cascade.summary.awaiting', { count: count(waiting) }));
  if (state.overdue > 0)
    parts.push(translate(language, 'cascade.summary.overdue', { count: count(state.overdue) }));
  return parts.join(', ');
}

/** One unit's state in a word: adopted, adapted, objection, awaiting or overdue. */
export function rowState(
  language: Language,
  row: Pick<CascadeResponse, 'response' | 'dueDate'>,
  today: CalendarDate,
): string {
  if (row.response) return translate(language, `cascade.state.${row.response}`);
  return translate(
    language,
    isCascadeOverdue(row, today) ? 'cascade.state.overdue' : 'cascade.state.awaiting',
  );
}
