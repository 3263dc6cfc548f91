/**
 * On the wall while the "Review agreements" block runs: each agreement under review with what each
 * side gives and the verdict given so far (and the figure reached). Notes and owners stay on the
 * facilitator's screen; nothing private is projected.
 */
import { LEDGER_SIDES } from '../../domain/ledger';
import { useMeetingLedger } from '../../data/queries/ledger';
import { formatNumber } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';

export function AudienceLedger({ meetingId }: { meetingId: string }) {
  const t = useT();
  const language = useLanguage();
  const ledger = useMeetingLedger(meetingId);
  if (!ledger || ledger.underReview.length === 0) return null;
  return (
    <section className="audience-block audience-ledger" aria-label={t('audience.ledger.heading')}>
      <h3 className="audience-label">{t('audience.ledger.heading')}</h3>
      <ul className="audience-list">
        {ledger.underReview.map(({ entry, review }) => (
          <li key={entry.id}>
            <p className="audience-ledger-title audience-clamp">{entry.title}</p>
            <div className="audience-ledger-sides">
              {LEDGER_SIDES.map((side) => {
                const value = review?.[side];
                const unit = entry[side].unit;
                return (
                  <p key={side} className={`audience-ledger-side side-${side}`}>
                    <span className="audience-muted">{t(`ledger.gives.${side}`)}:</span> {entry[side].gives}{' '}
                    <strong className={`verdict-tag verdict-${value?.verdict ?? 'none'}`}>
                      {t(`ledger.verdict.${value?.verdict ?? 'none'}`)}
                      {value?.figure !== undefined &&
                        ` · ${formatNumber(language, value.figure)}${unit ? ` ${unit}` : ''}`}
                    </strong>
                  </p>
                );
              })}
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
