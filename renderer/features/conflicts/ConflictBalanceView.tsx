/**
 * The live balance of the two levels, for the running item and the whole meeting, as counts and a
 * bar, and the gentle nudge toward the content level when relationship points pile up.
 */
import { useId } from 'react';
import type { ConflictBalance, Nudge } from '../../domain/conflicts';
import { useT } from '../../i18n/react';

interface ConflictBalanceViewProps {
  item: ConflictBalance | undefined;
  meeting: ConflictBalance;
  nudge: Nudge | null;
}

export function ConflictBalanceView({ item, meeting, nudge }: ConflictBalanceViewProps) {
  const t = useT();
  const headingId = useId();
  return (
    <div className="conflict-balance" role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('conflicts.balance')}</h3>
      {item && <BalanceLine label={t('conflicts.balance.item')} balance={item} />}
      <BalanceLine label={t('conflicts.balance.meeting')} balance={meeting} />
      <div role="status" className="conflict-nudge-region">
        {nudge && (
          <p className="conflict-nudge">
            {nudge.reason === 'open-relationship'
              ? t('conflicts.nudge.open-relationship', { count: nudge.count })
              : t('conflicts.nudge.item-share', { percent: nudge.percent })}
          </p>
        )}
      </div>
    </div>
  );
}

function BalanceLine({ label, balance }: { label: string; balance: ConflictBalance }) {
  const t = useT();
  const share = balance.total === 0 ? 0 : (balance.content / balance.total) * 100;
  return (
    <div className="balance-line">
      <p>
        <span className="balance-label">{label}: </span>
        {t('conflicts.balance.counts', { content: balance.content, relationship: balance.relationship })}
      </p>
      {/* The bar repeats the counts above for the eye; the text is what assistive technology reads. */}
      <div className="balance-bar" aria-hidden="true" data-empty={balance.total === 0 || undefined}>
        <span className="balance-content" style={{ width: `${share}%` }} />
        <span
          className="balance-relationship"
          style={{ width: `${balance.total === 0 ? 0 : 100 - share}%` }}
        />
      </div>
    </div>
  );
}
