/**
 * The give-and-get ledger in the minutes: the agreements this meeting made (both sides, owners,
 * measure and target, period, review date) and the reviews it recorded (each side's verdict, the
 * figure reached and the note). Left out when the meeting made and reviewed none.
 */
import type { LedgerCommitment, LedgerEntry, LedgerSideReview } from '../types';
import type { BuildContext } from './context';
import type { Block, Section } from './model';

export function ledgerSection(ctx: BuildContext): Section | undefined {
  const ledger = ctx.snapshot.ledger;
  if (!ledger || (ledger.agreed.length === 0 && ledger.reviewed.length === 0)) return undefined;
  const dash = ctx.w('dash');
  const blocks: Block[] = [];
  if (ledger.agreed.length > 0) {
    blocks.push({ kind: 'subheading', text: ctx.w('ledger.agreed') });
    blocks.push({
      kind: 'table',
      header: [
        ctx.w('ledger.col.agreement'),
        ctx.w('ledger.col.marketing'),
        ctx.w('ledger.col.sales'),
        ctx.w('ledger.col.period'),
        ctx.w('ledger.col.review'),
      ],
      rows: ledger.agreed.map((entry) => [
        entry.title,
        commitment(ctx, entry.marketing),
        commitment(ctx, entry.sales),
        entry.period || dash,
        entry.reviewDate ? ctx.f.date(entry.reviewDate) : dash,
      ]),
    });
  }
  if (ledger.reviewed.length > 0) {
    blocks.push({ kind: 'subheading', text: ctx.w('ledger.reviewed') });
    blocks.push({
      kind: 'table',
      header: [ctx.w('ledger.col.agreement'), ctx.w('ledger.col.marketing'), ctx.w('ledger.col.sales')],
      rows: ledger.reviewed.map(({ entry, review }) => [
        entry.title,
        verdict(ctx, entry, 'marketing', review.marketing),
        verdict(ctx, entry, 'sales', review.sales),
      ]),
    });
  }
  return { id: 'ledger', heading: ctx.w('section.ledger'), major: false, blocks };
}

function commitment(ctx: BuildContext, side: LedgerCommitment): string {
  const lines = [side.gives];
  if (side.measure) lines.push(ctx.w('ledger.measure', { text: side.measure }));
  if (side.target !== undefined)
    lines.push(
      ctx.w('ledger.target', { value: `${ctx.f.number(side.target)}${side.unit ? ` ${side.unit}` : ''}` }),
    );
  if (side.ownerPersonId) lines.push(ctx.w('ledger.owner', { name: ctx.n.person(side.ownerPersonId) }));
  return lines.join('\n');
}

function verdict(
  ctx: BuildContext,
  entry: LedgerEntry,
  side: 'marketing' | 'sales',
  value: LedgerSideReview,
): string {
  const parts = [value.verdict ? ctx.w(`ledger.verdict.${value.verdict}`) : ctx.w('ledger.verdict.none')];
  if (value.figure !== undefined) {
    const unit = entry[side].unit;
    parts.push(ctx.w('ledger.reached', { value: `${ctx.f.number(value.figure)}${unit ? ` ${unit}` : ''}` }));
  }
  if (value.note) parts.push(value.note);
  return parts.join('\n');
}
