/**
 * The units' adaptations and objections to decisions of earlier meetings of the series, which this
 * meeting is to discuss (cascade to local units, issue 17): one table, by decision number and unit.
 * No section when there is nothing to discuss.
 */
import { formatNumber } from '../decisions';
import { columns, type BuildContext } from './context';
import type { Section } from './model';

export function cascadeSection(ctx: BuildContext): Section | undefined {
  const items = [...(ctx.snapshot.cascadeToDiscuss ?? [])].sort(
    (a, b) => a.decisionNumber - b.decisionNumber || a.unit.localeCompare(b.unit),
  );
  if (items.length === 0) return undefined;
  return {
    id: 'cascade',
    heading: ctx.w('cascade.heading'),
    major: false,
    blocks: [
      {
        kind: 'table',
        header: columns(ctx, [
          'cascade.decision',
          'cascade.unit',
          'cascade.response',
          'cascade.explanation',
          'col.who',
        ]),
        rows: items.map((item) => [
          `${formatNumber(item.decisionNumber)}: ${item.statement}`,
          item.unit,
          ctx.w(`cascade.${item.response}`),
          item.explanation,
          ctx.n.person(item.ownerPersonId),
        ]),
      },
    ],
  };
}
