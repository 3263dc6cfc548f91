/** One decision in the register list: number, statement, owner, status, both stances, and its actions. */
import { Ban, Gavel, Pencil, Scale, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { formatNumber, isOpen, SIDES, stanceOf } from '../../domain/decisions';
import type { Decision, DepartmentId } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useMirrorRoundSlot } from '../../ui/mirror-round-slot';
import { RowAction } from '../../ui/RowAction';

export type DecisionAction = 'edit' | 'decide' | 'revoke' | 'stances';

const ICONS: Record<DecisionAction, LucideIcon> = {
  edit: Pencil,
  stances: Scale,
  decide: Gavel,
  revoke: Ban,
};

interface DecisionRowProps {
  decision: Decision;
  /** The accountable owner's name; empty while the directory loads. */
  ownerName: string;
  /** Department names, read once by the panel rather than by each row. */
  nameOf: (id: DepartmentId) => string;
  onAction: (action: DecisionAction, decision: Decision) => void;
  /** Shown under the meta line, e.g. the result of the vote that informed the decision. */
  extra?: ReactNode;
}

export function DecisionRow({ decision, ownerName, nameOf, onAction, extra }: DecisionRowProps) {
  const t = useT();
  const mirror = useMirrorRoundSlot();
  const number = formatNumber(decision.number);
  const open = isOpen(decision);
  const button = (action: DecisionAction, label: string, name: string) => (
    <RowAction icon={ICONS[action]} label={label} name={name} onClick={() => onAction(action, decision)} />
  );
  return (
    <li className={`decision decision-${decision.status}`}>
      <p className="decision-head">
        <strong className="decision-number">{number}</strong>{' '}
        <span className="decision-statement">{decision.statement}</span>
      </p>
      <p className="decision-meta">
        <span className={`decision-status decision-status-${decision.status}`}>
          {t(`decisions.status.${decision.status}`)}
        </span>
        {decision.accountablePersonId === undefined ? (
          <span className="decision-needs-owner">{t('decisions.needsOwner')}</span>
        ) : (
          <span>{t('decisions.ownerLine', { name: ownerName })}</span>
        )}
        {SIDES.map((side) => {
          const stance = stanceOf(decision, side);
          return (
            <span key={side} className={`decision-stance decision-stance-${stance ?? 'none'}`}>
              {t('decisions.stanceLine', {
                side: nameOf(side),
                stance: t(stance ? `decisions.stance.${stance}` : 'decisions.stance.none'),
              })}
            </span>
          );
        })}
      </p>
      {decision.revisitIf.length > 0 && (
        <p className="decision-gate-line">
          {t('gate.revisitLine', { conditions: decision.revisitIf.join('; ') })}
        </p>
      )}
      {decision.reopenedBecause && (
        <p className="decision-gate-line">
          {t('gate.reopenedLine', { text: decision.reopenedBecause.text })}
        </p>
      )}
      {extra}
      {open && (
        <div className="row-actions">
          {button('edit', t('decisions.edit'), t('decisions.editFor', { number }))}
          {decision.status === 'proposed' &&
            button('stances', t('decisions.stances'), t('decisions.stancesFor', { number }))}
          {decision.status === 'proposed' &&
            button('decide', t('decisions.decide'), t('decisions.decideFor', { number }))}
          {button('revoke', t('decisions.revoke'), t('decisions.revokeFor', { number }))}
          {decision.status === 'proposed' && mirror?.row({ decisionId: decision.id }, decision.statement)}
        </div>
      )}
    </li>
  );
}
