/**
 * The reopen gate's question: the decided decision with its rationale and its "revisit if …"
 * conditions, then which condition was met or what is new. Shown before a decided decision is
 * superseded or revoked; the answer is stored with it.
 */
import '../../styles/reopen-gate.css';
import { formatNumber } from '../../domain/decisions';
import type { ReopenDraft } from '../../domain/reopen-gate';
import type { Decision } from '../../domain/types';
import { useT } from '../../i18n/react';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';

interface ReopenGateFieldsProps {
  decision: Decision;
  value: ReopenDraft;
  onValue: (value: ReopenDraft) => void;
  autoFocus?: boolean;
}

export function ReopenGateFields({ decision, value, onValue, autoFocus }: ReopenGateFieldsProps) {
  const t = useT();
  const number = formatNumber(decision.number);
  return (
    <section className="reopen-gate" aria-label={t('gate.heading', { number })}>
      <h3>{t('gate.heading', { number })}</h3>
      <p className="reopen-gate-statement">
        <strong>{number}</strong> {decision.statement}
      </p>
      <p className="reopen-gate-rationale">
        {decision.rationale.trim() === ''
          ? t('gate.noRationale')
          : t('gate.rationale', { text: decision.rationale })}
      </p>
      {decision.revisitIf.length === 0 ? (
        <p className="muted">{t('gate.noConditions')}</p>
      ) : (
        <>
          <p>{t('gate.conditions')}</p>
          <ul className="reopen-gate-conditions">
            {decision.revisitIf.map((condition, index) => (
              <li key={index}>{condition}</li>
            ))}
          </ul>
          <SelectField
            label={t('gate.whichCondition')}
            value={value.conditionIndex === undefined ? '' : String(value.conditionIndex)}
            options={[
              { value: '', label: t('gate.newFact') },
              ...decision.revisitIf.map((condition, index) => ({ value: String(index), label: condition })),
            ]}
            onValue={(picked) => {
              const { conditionIndex: _old, ...rest } = value;
              onValue(picked === '' ? rest : { ...rest, conditionIndex: Number(picked) });
            }}
          />
        </>
      )}
      <TextAreaField
        label={t('gate.whatIsNew')}
        value={value.fact}
        onValue={(fact) => onValue({ ...value, fact })}
        autoFocusFirst={autoFocus}
      />
    </section>
  );
}
