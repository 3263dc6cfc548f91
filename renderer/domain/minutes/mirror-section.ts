/**
 * The mirror rounds in the minutes: for each, what it was about (a conflict point or a decision),
 * both restatements and both confirmations. A round on a private point is left out, like the point
 * itself; no round names a person. Left out when no mirror round was held.
 */
import { formatNumber } from '../decisions';
import { compareInstants } from '../calendar';
import type { MirrorConfirmation, MirrorRound } from '../types';
import { live, type BuildContext } from './context';
import type { Block, Section } from './model';

export function mirrorSection(ctx: BuildContext): Section | undefined {
  const blocks = live(ctx.snapshot.mirrorRounds)
    .sort((a, b) => compareInstants(a.startedAt, b.startedAt))
    .flatMap((round) => roundBlocks(ctx, round));
  if (blocks.length === 0) return undefined;
  return { id: 'mirror-rounds', heading: ctx.w('section.mirrorRounds'), major: false, blocks };
}

function roundBlocks(ctx: BuildContext, round: MirrorRound): Block[] {
  const subject = subjectOf(ctx, round);
  if (subject === undefined) return [];
  const dash = ctx.w('dash');
  const confirmed = (answer: MirrorConfirmation | undefined) =>
    answer === undefined ? dash : ctx.w(`mirror.confirm.${answer}`);
  const fields = [
    { label: ctx.w('mirror.marketingRestates'), value: round.marketingRestates || dash },
    { label: ctx.w('mirror.salesConfirms'), value: confirmed(round.salesConfirms) },
    { label: ctx.w('mirror.salesRestates'), value: round.salesRestates || dash },
    { label: ctx.w('mirror.marketingConfirms'), value: confirmed(round.marketingConfirms) },
  ];
  const blocks: Block[] = [
    { kind: 'subheading', text: subject },
    { kind: 'fields', fields },
  ];
  if (round.endedAt === undefined) blocks.push({ kind: 'paragraph', text: ctx.w('mirror.running') });
  return blocks;
}

function subjectOf(ctx: BuildContext, round: MirrorRound): string | undefined {
  if (round.conflictPointId !== undefined) {
    const point = ctx.snapshot.conflictPoints.find((candidate) => candidate.id === round.conflictPointId);
    if (!point || point.private || point.deletedAt !== undefined) return undefined;
    return ctx.w('mirror.onPoint', { text: point.statement });
  }
  const decision = ctx.snapshot.decisions.find((candidate) => candidate.id === round.decisionId);
  if (!decision || decision.deletedAt !== undefined) return undefined;
  return ctx.w('mirror.onDecision', { number: formatNumber(decision.number), text: decision.statement });
}
