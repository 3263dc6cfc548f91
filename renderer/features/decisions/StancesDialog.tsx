/** Records the stances of Marketing and Sales on a proposed decision. */
import { useId, useState, type FormEvent } from 'react';
import { STANCES, formatNumber } from '../../domain/decisions';
import type { Decision, Stance } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import { asStance } from './DecisionFields';
import { refusalMessage } from './labels';

interface StancesDialogProps {
  decision: Decision;
  onClose: () => void;
}

export function StancesDialog({ decision, onClose }: StancesDialogProps) {
  const t = useT();
  const { decisions } = useWorkspace();
  const nameOf = useDepartmentName();
  const problemId = useId();
  const [marketing, setMarketing] = useState<Stance | ''>(decision.stanceMarketing ?? '');
  const [sales, setSales] = useState<Stance | ''>(decision.stanceSales ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const options = [
    { value: '', label: t('decisions.stance.none') },
    ...STANCES.map((stance) => ({ value: stance, label: t(`decisions.stance.${stance}`) })),
  ];

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => decisions.recordStances(decision.id, { marketing, sales }), {
      done: onClose,
      refused: (outcome) => setProblem(refusalMessage(t, nameOf, decision, outcome.refusal)),
    });
  }

  const title = t('decisions.stancesFor', { number: formatNumber(decision.number) });
  return (
    <Dialog title={title} onCancel={onClose}>
      <form className="form" aria-label={title} onSubmit={submit} noValidate>
        <SelectField
          label={t('decisions.stance.marketing')}
          value={marketing}
          options={options}
          onValue={(value) => setMarketing(asStance(value))}
        />
        <SelectField
          label={t('decisions.stance.sales')}
          value={sales}
          options={options}
          onValue={(value) => setSales(asStance(value))}
        />
        <FieldError id={problemId} message={problem} />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {t('decisions.saveStances')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
