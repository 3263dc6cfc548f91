/**
 * The votes of the minutes: each quick vote or fist-of-five with its question, the hands per option
 * and department (Marketing and Sales always, other departments when they raised hands), its result
 * and the decision it informed. Left out when the meeting took no vote.
 */
import { voteSummary } from '../vote-summary';
import { voteDepartments, voteResults, votesInOrder } from '../votes';
import type { Vote } from '../types';
import { type BuildContext } from './context';
import type { Block, Section } from './model';

export function votesSection(ctx: BuildContext): Section | undefined {
  const votes = votesInOrder(ctx.snapshot.votes);
  if (votes.length === 0) return undefined;
  return {
    id: 'votes',
    heading: ctx.w('section.votes'),
    major: false,
    blocks: votes.flatMap((vote) => voteBlocks(ctx, vote)),
  };
}

function voteBlocks(ctx: BuildContext, vote: Vote): Block[] {
  const results = voteResults(vote, voteDepartments(ctx.snapshot.departments, [], vote));
  const fields = [
    { label: ctx.w('vote.kind'), value: ctx.w(`vote.kind.${vote.kind}`) },
    {
      label: ctx.w('vote.result'),
      value:
        vote.closedAt === undefined
          ? `${voteSummary(vote, ctx.language)} (${ctx.w('vote.open')})`
          : voteSummary(vote, ctx.language),
    },
  ];
  const decision = ctx.snapshot.decisions.find((d) => d.id === vote.decisionId && d.deletedAt === undefined);
  if (decision)
    fields.push({
      label: ctx.w('vote.decision'),
      value: `${ctx.n.decisionNumber(decision.id)}: ${decision.statement}`,
    });
  const number = (value: number) => ctx.f.number(value);
  return [
    { kind: 'subheading', text: vote.question },
    { kind: 'fields', fields },
    {
      kind: 'table',
      header: [
        ctx.w(vote.kind === 'fist-of-five' ? 'vote.fingers' : 'vote.option'),
        ...results.departmentIds.map((id) => ctx.n.department(id)),
        ctx.w('vote.total'),
      ],
      rows: [
        ...results.rows.map((row) => [row.label, ...row.counts.map(number), number(row.total)]),
        [ctx.w('vote.total'), ...results.departmentTotals.map(number), number(results.total)],
      ],
    },
  ];
}
