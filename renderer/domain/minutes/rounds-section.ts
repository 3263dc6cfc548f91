/**
 * The check-in and check-out rounds in the minutes, summarised per department, never per person:
 * a manager reads how each side arrived and left, not who gave which rating. Check-in: how many
 * answered, the average mood and the words given (without names); check-out: how many answered and
 * the two average ratings. A row "Total" sums up all departments. Left out when no round was held.
 */
import { roundSummary, type RoundDepartmentSummary } from '../rounds';
import { MARKETING, SALES } from '../departments';
import type { RoundEntry, RoundKind } from '../types';
import { columns, live, type BuildContext } from './context';
import type { Block, Section } from './model';

const ORDER = [MARKETING, SALES];

export function roundsSection(ctx: BuildContext): Section | undefined {
  const entries = live(ctx.snapshot.roundEntries);
  const checkIn = roundSummary(entries, 'check-in', ORDER);
  const checkOut = roundSummary(entries, 'check-out', ORDER);
  if (checkIn.length === 0 && checkOut.length === 0) return undefined;
  return {
    id: 'rounds',
    heading: ctx.w('section.rounds'),
    major: false,
    blocks: [
      { kind: 'subheading', text: ctx.w('rounds.checkIn') },
      ...roundBlocks(ctx, entries, 'check-in', checkIn),
      { kind: 'subheading', text: ctx.w('rounds.checkOut') },
      ...roundBlocks(ctx, entries, 'check-out', checkOut),
    ],
  };
}

function roundBlocks(
  ctx: BuildContext,
  entries: readonly RoundEntry[],
  kind: RoundKind,
  summary: readonly RoundDepartmentSummary[],
): Block[] {
  if (summary.length === 0) return [{ kind: 'paragraph', text: ctx.w('rounds.notHeld') }];
  const dash = ctx.w('dash');
  const avg = (value: number | undefined) => (value === undefined ? dash : ctx.f.number(value));
  // The total row: every answer of the round taken as one department.
  const [all] = roundSummary(
    entries.map((entry) => ({ ...entry, departmentId: '' })),
    kind,
  );
  const rows = [...summary.map((row) => ({ label: ctx.n.department(row.departmentId), row }))];
  if (all && summary.length > 1) rows.push({ label: ctx.w('col.total'), row: all });
  if (kind === 'check-in') {
    return [
      {
        kind: 'table',
        header: columns(ctx, ['col.department', 'col.answered', 'col.mood', 'col.words']),
        rows: rows.map(({ label, row }) => [
          label,
          ctx.f.number(row.answered),
          avg(row.mood),
          row === all ? dash : row.words.join(', ') || dash,
        ]),
      },
    ];
  }
  return [
    {
      kind: 'table',
      header: columns(ctx, ['col.department', 'col.answered', 'col.worthTime', 'col.heard']),
      rows: rows.map(({ label, row }) => [
        label,
        ctx.f.number(row.answered),
        avg(row.worthTime),
        avg(row.heard),
      ]),
    },
  ];
}
