/** One side's commitment as text: what it gives, how it is measured, the target and the owner. */
import type { LedgerCommitment, LedgerSide } from '../../domain/types';
import { useLanguage, useT } from '../../i18n/react';
import { figureText } from './labels';

interface CommitmentTextProps {
  side: LedgerSide;
  commitment: LedgerCommitment;
  ownerName?: string | undefined;
}

export function CommitmentText({ side, commitment, ownerName }: CommitmentTextProps) {
  const t = useT();
  const language = useLanguage();
  return (
    <div className={`ledger-commitment side-${side}`}>
      <p>
        <strong>{t(`ledger.gives.${side}`)}:</strong> {commitment.gives}
      </p>
      <p className="capture-meta">
        {commitment.measure !== '' && (
          <span>
            {t('ledger.measure')}: {commitment.measure}
          </span>
        )}
        {commitment.target !== undefined && (
          <span>
            {t('ledger.targetIs', {
              value: figureText(language, commitment.target),
              unit: commitment.unit ?? '',
            })}
          </span>
        )}
        {ownerName !== undefined && <span>{t('ledger.ownerIs', { name: ownerName })}</span>}
      </p>
    </div>
  );
}
