/**
 * The summary that opens the minutes: what a reader needs in a minute before the full record. The
 * meeting's decisions (number, statement, accountable owner, due and review dates), the action items
 * grouped by owner with their due dates, the conflict points still open by level, and the next
 * meeting. The conflict rules of the full log hold here too: private points are counted and never
 * described, and the summary never says who raised a point.
 *
 * A long meeting's summary stays short: each of its lists (decisions, action items, open conflict
 * points) shows its first SUMMARY_LIMIT entries and then says how many more the full record holds.
 */
import { formatNumber } from '../decisions';
import { compareInstants } from '../calendar';
import type { ActionItem, ConflictLevel, Decision } from '../types';
import { columns, live, type BuildContext } from './context';
import { nextMeetingBlocks } from './closing-sections';
import type { Block, Field, Section } from './model';
import type { WordKey } from './words';

const LEVELS: readonly ConflictLevel[] = ['content', 'relationship'];

/** The most entries each list of the summary shows; the full record below holds them all. */
export const SUMMARY_LIMIT = 8;

/** The first SUMMARY_LIMIT entries of `list`, and how many are left out. */
function capped<T>(list: readonly T[]): { shown: T[]; more: number } {
  return { shown: list.slice(0, SUMMARY_LIMIT), more: Math.max(0, list.length - SUMMARY_LIMIT) };
}

/** "… and 4 more: see “Decision register” below." when entries were left out; nothing otherwise. */
function moreBlocks(ctx: BuildContext, more: number, section: WordKey): Block[] {
  if (more === 0) return [];
  return [
    {
      kind: 'paragraph',
      text: ctx.w('summary.more', { count: ctx.f.number(more), section: ctx.w(section) }),
    },
  ];
}

function dates(ctx: BuildContext, decision: Decision): string {
  const due = decision.dueDate === undefined ? undefined : ctx.f.date(decision.dueDate);
  const review = decision.reviewDate === undefined ? undefined : ctx.f.date(decision.reviewDate);
  if (due !== undefined && review !== undefined) return ctx.w('summary.dueReview', { due, review });
  if (due !== undefined) return ctx.w('summary.due', { date: due });
  if (review !== undefined) return ctx.w('summary.review', { date: review });
  return ctx.w('dash');
}

function decisionBlocks(ctx: BuildContext): Block[] {
  const decisions = live(ctx.snapshot.decisions).sort((a, b) => a.number - b.number);
  if (decisions.length === 0) return [{ kind: 'paragraph', text: ctx.w('none') }];
  const { shown, more } = capped(decisions);
  return [
    {
      kind: 'table',
      header: columns(ctx, ['col.number', 'col.decision', 'decision.owner', 'col.dates']),
      rows: shown.map((decision) => [
        formatNumber(decision.number),
        decision.statement,
        ctx.n.person(decision.accountablePersonId),
        dates(ctx, decision),
      ]),
    },
    ...moreBlocks(ctx, more, 'section.decisions'),
  ];
}

function actionLine(ctx: BuildContext, action: ActionItem): string {
  const due = action.dueDate === undefined ? ctx.w('summary.noDate') : ctx.f.date(action.dueDate);
  if (action.status === 'open') return ctx.w('summary.action', { what: action.what, due });
  return ctx.w('summary.actionStatus', {
    what: action.what,
    due,
    status: ctx.w(`actionStatus.${action.status}`),
  });
}

/**
 * One field per owner (in order of their first due date), each action on a line of its own; only
 * the actions due first when there are more than SUMMARY_LIMIT.
 */
function actionBlocks(ctx: BuildContext): Block[] {
  const actions = live(ctx.snapshot.actionItems)
    .filter((action) => action.status !== 'dropped')
    .sort(
      (a, b) =>
        (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt),
    );
  if (actions.length === 0) return [{ kind: 'paragraph', text: ctx.w('none') }];
  const { shown, more } = capped(actions);
  const byOwner = new Map<string, string[]>();
  for (const action of shown) {
    const owner = ctx.n.person(action.ownerPersonId);
    byOwner.set(owner, [...(byOwner.get(owner) ?? []), actionLine(ctx, action)]);
  }
  const fields: Field[] = [...byOwner].map(([label, lines]) => ({ label, value: lines.join('\n') }));
  return [{ kind: 'fields', fields }, ...moreBlocks(ctx, more, 'section.actions')];
}

/** Open points per level (private ones counted), then the open points that may be shown. */
function conflictBlocks(ctx: BuildContext): Block[] {
  const points = live(ctx.snapshot.conflictPoints).sort((a, b) => compareInstants(a.createdAt, b.createdAt));
  if (points.length === 0) return [{ kind: 'paragraph', text: ctx.w('summary.noConflicts') }];
  // The numbers of the conflict log's entries, which leave the private points out.
  const shown = points.filter((point) => !point.private);
  const open = points.filter((point) => point.status === 'open');
  const blocks: Block[] = [
    {
      kind: 'paragraph',
      text: LEVELS.map((level) =>
        ctx.w('summary.levelCount', {
          level: ctx.w(`level.${level}`),
          open: ctx.f.number(open.filter((point) => point.level === level).length),
          total: ctx.f.number(points.filter((point) => point.level === level).length),
        }),
      ).join(' · '),
    },
  ];
  const listed = shown.flatMap((point, index) =>
    point.status === 'open'
      ? [
          ctx.w('summary.openPoint', {
            number: `#${index + 1}`,
            level: ctx.w(`level.${point.level}`),
            statement: point.statement,
          }),
        ]
      : [],
  );
  if (listed.length === 0) return [...blocks, { kind: 'paragraph', text: ctx.w('summary.noOpenPoints') }];
  const { shown: items, more } = capped(listed);
  return [...blocks, { kind: 'list', items }, ...moreBlocks(ctx, more, 'section.conflicts')];
}

export function summarySection(ctx: BuildContext): Section {
  return {
    id: 'summary',
    heading: ctx.w('section.summary'),
    major: false,
    blocks: [
      { kind: 'subheading', text: ctx.w('summary.decisions') },
      ...decisionBlocks(ctx),
      { kind: 'subheading', text: ctx.w('summary.actions') },
      ...actionBlocks(ctx),
      { kind: 'subheading', text: ctx.w('summary.conflicts') },
      ...conflictBlocks(ctx),
      { kind: 'subheading', text: ctx.w('summary.nextMeeting') },
      ...nextMeetingBlocks(ctx),
    ],
  };
}
