/** The decision register and the action items of the minutes (docs/product.md success factor 4). */
import { formatNumber } from '../decisions';
import type { Decision, Stance } from '../types';
import { columns, live, type BuildContext } from './context';
import type { Block, Field, Section } from './model';

function stance(ctx: BuildContext, value: Stance | undefined): string {
  return ctx.w(value === undefined ? 'stance.none' : `stance.${value}`);
}

function orDash(ctx: BuildContext, text: string): string {
  return text.trim() === '' ? ctx.w('dash') : text.trim();
}

function decisionFields(ctx: BuildContext, decision: Decision): Field[] {
  const date = (value: string | undefined) => (value === undefined ? ctx.w('dash') : ctx.f.date(value));
  const fields: Field[] = [
    { label: ctx.w('decision.statement'), value: decision.statement },
    { label: ctx.w('decision.rationale'), value: orDash(ctx, decision.rationale) },
    { label: ctx.w('decision.alternatives'), value: orDash(ctx, decision.alternatives) },
    { label: ctx.w('decision.method'), value: ctx.w(`method.${decision.method}`) },
    { label: ctx.w('decision.owner'), value: ctx.n.person(decision.accountablePersonId) },
    { label: ctx.w('decision.responsible'), value: ctx.n.parties(decision.responsible) },
    { label: ctx.w('decision.consulted'), value: ctx.n.parties(decision.consulted) },
    { label: ctx.w('decision.informed'), value: ctx.n.parties(decision.informed) },
    {
      label: ctx.w('decision.scope'),
      value: decision.scope.length === 0 ? ctx.w('scope.global') : decision.scope.join(', '),
    },
    { label: ctx.w('decision.due'), value: date(decision.dueDate) },
    { label: ctx.w('decision.review'), value: date(decision.reviewDate) },
    { label: ctx.w('decision.signOffMarketing'), value: stance(ctx, decision.stanceMarketing) },
    { label: ctx.w('decision.signOffSales'), value: stance(ctx, decision.stanceSales) },
    { label: ctx.w('decision.status'), value: ctx.w(`decisionStatus.${decision.status}`) },
  ];
  if (decision.supersedesId !== undefined)
    fields.push({ label: ctx.w('decision.supersedes'), value: ctx.n.decisionNumber(decision.supersedesId) });
  if (decision.revisitIf.length > 0)
    fields.push({ label: ctx.w('decision.revisitIf'), value: decision.revisitIf.join('; ') });
  if (decision.reopenedBecause !== undefined)
    fields.push({ label: ctx.w('decision.reopenedBecause'), value: decision.reopenedBecause.text });
  if (decision.agendaItemId !== undefined)
    fields.push({ label: ctx.w('decision.agendaItem'), value: ctx.n.agendaItem(decision.agendaItemId) });
  return fields;
}

export function decisionsSection(ctx: BuildContext): Section {
  const decisions = live(ctx.snapshot.decisions).sort((a, b) => a.number - b.number);
  const blocks: Block[] = decisions.flatMap((decision): Block[] => [
    { kind: 'subheading', text: `${formatNumber(decision.number)}: ${decision.statement}` },
    { kind: 'fields', fields: decisionFields(ctx, decision) },
  ]);
  if (blocks.length === 0) blocks.push({ kind: 'paragraph', text: ctx.w('none') });
  return { id: 'decisions', heading: ctx.w('section.decisions'), major: true, blocks };
}

export function actionsSection(ctx: BuildContext): Section {
  const actions = live(ctx.snapshot.actionItems).sort(
    (a, b) =>
      (a.dueDate ?? '9999').localeCompare(b.dueDate ?? '9999') || a.createdAt.localeCompare(b.createdAt),
  );
  const rows = actions.map((action) => [
    action.what,
    ctx.n.person(action.ownerPersonId),
    action.dueDate === undefined ? ctx.w('dash') : ctx.f.date(action.dueDate),
    action.channel === undefined ? ctx.w('dash') : ctx.w(`channel.${action.channel}`),
    ctx.w(`actionStatus.${action.status}`),
  ]);
  const blocks: Block[] =
    rows.length === 0
      ? [{ kind: 'paragraph', text: ctx.w('none') }]
      : [
          {
            kind: 'table',
            header: columns(ctx, ['col.what', 'col.who', 'col.byWhen', 'col.channel', 'col.status']),
            rows,
          },
        ];
  return { id: 'actions', heading: ctx.w('section.actions'), major: false, blocks };
}
