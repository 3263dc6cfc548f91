/**
 * The conflict log of the minutes (docs/product.md success factor 3): counts by level and status per
 * agenda item and in total, then the entries. Private points are counted and never described.
 * Relationship points are shown without who raised them unless the export asks for names, so
 * nobody is exposed by the record any more than by the projector.
 */
import { orderedAgenda } from '../agenda';
import { compareInstants } from '../calendar';
import type { ConflictPoint, ConflictStatus, Id } from '../types';
import { columns, live, type BuildContext } from './context';
import type { Block, Section } from './model';

const STATUSES: readonly ConflictStatus[] = ['open', 'reframed', 'resolved', 'parked', 'escalated'];

/** One row of counts: content, relationship, each status, total. */
export function countRow(points: readonly ConflictPoint[]): number[] {
  const count = (test: (point: ConflictPoint) => boolean) => points.filter(test).length;
  return [
    count((point) => point.level === 'content'),
    count((point) => point.level === 'relationship'),
    ...STATUSES.map((status) => count((point) => point.status === status)),
    points.length,
  ];
}

function countsTable(ctx: BuildContext, points: readonly ConflictPoint[]): Block {
  const rows: string[][] = [];
  const format = (numbers: number[]) => numbers.map((value) => ctx.f.number(value));
  // Grouped once: a filter per agenda item would read every point again for each of them.
  const byItem = new Map<Id, ConflictPoint[]>();
  for (const point of points) {
    if (point.agendaItemId === undefined) continue;
    const group = byItem.get(point.agendaItemId);
    if (group) group.push(point);
    else byItem.set(point.agendaItemId, [point]);
  }
  for (const item of orderedAgenda(ctx.snapshot.agendaItems)) {
    const ofItem = byItem.get(item.id) ?? [];
    if (ofItem.length > 0) rows.push([item.title, ...format(countRow(ofItem))]);
  }
  const itemIds = new Set(orderedAgenda(ctx.snapshot.agendaItems).map((item) => item.id));
  const loose = points.filter(
    (point) => point.agendaItemId === undefined || !itemIds.has(point.agendaItemId),
  );
  if (loose.length > 0) rows.push([ctx.w('conflict.noItem'), ...format(countRow(loose))]);
  rows.push([ctx.w('col.total'), ...format(countRow(points))]);
  return {
    kind: 'table',
    header: [
      ...columns(ctx, ['col.item', 'col.content', 'col.relationship']),
      ...STATUSES.map((status) => ctx.w(`conflictStatus.${status}`)),
      ctx.w('col.total'),
    ],
    rows,
  };
}

function raisedBy(ctx: BuildContext, point: ConflictPoint): string {
  if (point.level === 'relationship' && ctx.anonymousRelationship) return ctx.w('conflict.anonymous');
  const parts: string[] = [];
  if (point.raisedByDepartmentId !== undefined) parts.push(ctx.n.department(point.raisedByDepartmentId));
  if (point.raisedByPersonId !== undefined) parts.push(ctx.n.person(point.raisedByPersonId));
  return parts.length === 0 ? ctx.w('dash') : parts.join(', ');
}

function positions(ctx: BuildContext, point: ConflictPoint): string {
  const lines: string[] = [];
  if (point.positionMarketing.trim() !== '')
    lines.push(ctx.w('position.marketing', { text: point.positionMarketing.trim() }));
  if (point.positionSales.trim() !== '')
    lines.push(ctx.w('position.sales', { text: point.positionSales.trim() }));
  return lines.length === 0 ? ctx.w('dash') : lines.join('\n');
}

function outcome(ctx: BuildContext, point: ConflictPoint, numbers: ReadonlyMap<Id, number>): string {
  const parts: string[] = [];
  const reframedAs = point.reframedAsId === undefined ? undefined : numbers.get(point.reframedAsId);
  if (reframedAs !== undefined) parts.push(ctx.w('conflict.reframedAs', { number: `#${reframedAs}` }));
  if (point.resolution.trim() !== '') parts.push(point.resolution.trim());
  if (point.decisionId !== undefined) parts.push(ctx.n.decisionNumber(point.decisionId));
  return parts.length === 0 ? ctx.w('dash') : parts.join('\n');
}

function entriesTable(ctx: BuildContext, shown: readonly ConflictPoint[]): Block {
  const numbers = new Map(shown.map((point, index) => [point.id, index + 1]));
  return {
    kind: 'table',
    header: columns(ctx, [
      'col.number',
      'col.level',
      'col.category',
      'col.statement',
      'col.positions',
      'col.raisedBy',
      'col.status',
      'col.outcome',
    ]),
    rows: shown.map((point, index) => [
      `#${index + 1}`,
      ctx.w(`level.${point.level}`),
      point.category === undefined ? ctx.w('dash') : ctx.w(`category.${point.category}`),
      point.statement,
      positions(ctx, point),
      raisedBy(ctx, point),
      ctx.w(`conflictStatus.${point.status}`),
      outcome(ctx, point, numbers),
    ]),
  };
}

export function conflictSection(ctx: BuildContext): Section {
  const points = live(ctx.snapshot.conflictPoints).sort((a, b) => compareInstants(a.createdAt, b.createdAt));
  const heading = ctx.w('section.conflicts');
  if (points.length === 0)
    return { id: 'conflicts', heading, major: true, blocks: [{ kind: 'paragraph', text: ctx.w('none') }] };
  const shown = points.filter((point) => !point.private);
  const hidden = points.length - shown.length;
  const blocks: Block[] = [{ kind: 'subheading', text: ctx.w('conflict.counts') }, countsTable(ctx, points)];
  if (hidden > 0)
    blocks.push({
      kind: 'paragraph',
      text: ctx.w(hidden === 1 ? 'conflict.private.one' : 'conflict.private.other', {
        count: ctx.f.number(hidden),
      }),
    });
  if (shown.length > 0)
    blocks.push({ kind: 'subheading', text: ctx.w('conflict.entries') }, entriesTable(ctx, shown));
  return { id: 'conflicts', heading, major: true, blocks };
}
