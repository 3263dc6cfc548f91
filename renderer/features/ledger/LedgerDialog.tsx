/**
 * Adds a give-and-get agreement to a meeting, or edits a stored one, in a dialog: what each side
 * gives (the other gets it), its measure, an optional target figure with its unit and an owner per
 * side, the period, start and review dates and the decision it came from. Nothing is written until
 * the draft is accepted; a refused draft shows each problem next to its field.
 */
import { useState, type FormEvent } from 'react';
import {
  LEDGER_SIDES,
  draftOfEntry,
  emptyLedgerDraft,
  type CommitmentDraft,
  type LedgerDraft,
} from '../../domain/ledger';
import { localDateOf } from '../../domain/calendar';
import type { Decision, LedgerEntry, LedgerSide, Meeting, Person } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { Dialog } from '../../ui/Dialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { ledgerMessages, type LedgerMessages } from './labels';

interface LedgerDialogProps {
  meeting: Meeting;
  /** The agreement to edit; a new one is added without it. */
  entry?: LedgerEntry;
  people: readonly Person[];
  decisions: readonly Decision[];
  /** A new agreement taken from this decision. */
  decisionId?: string;
  onClose: () => void;
}

export function LedgerDialog({ meeting, entry, people, decisions, decisionId, onClose }: LedgerDialogProps) {
  const t = useT();
  const { ledger } = useWorkspace();
  const { run, pending } = useWrite();
  const [draft, setDraft] = useState<LedgerDraft>(() =>
    entry ? draftOfEntry(entry) : emptyLedgerDraft(meeting.date || localDateOf(new Date()), decisionId ?? ''),
  );
  const [errors, setErrors] = useState<LedgerMessages>({});
  const set = (patch: Partial<LedgerDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const setSide = (side: LedgerSide, patch: Partial<CommitmentDraft>) =>
    setDraft((current) => ({ ...current, [side]: { ...current[side], ...patch } }));

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => (entry ? ledger.update(entry.id, draft) : ledger.create(meeting.id, draft)), {
      done: () => onClose(),
      refused: (outcome) => setErrors(ledgerMessages(t, outcome.errors)),
    });
  }

  const title = entry ? t('ledger.editFor', { title: entry.title }) : t('ledger.add');
  const ownerOptions = [
    { value: '', label: t('ledger.noOwner') },
    ...people.filter((p) => p.deletedAt === undefined).map((p) => ({ value: p.id, label: p.name })),
  ];
  const decisionOptions = [
    { value: '', label: t('ledger.noDecision') },
    ...decisions
      .filter((d) => d.deletedAt === undefined)
      .map((d) => ({ value: d.id, label: `D-${d.number} ${d.statement}`.slice(0, 90) })),
  ];
  return (
    <Dialog title={title} onCancel={onClose} className="ledger-dialog">
      <form className="form ledger-form" aria-label={title} onSubmit={submit} noValidate>
        <TextField
          label={t('ledger.title')}
          value={draft.title}
          onValue={(value) => set({ title: value })}
          error={errors.title}
          autoFocusFirst
        />
        <div className="ledger-sides">
          {LEDGER_SIDES.map((side) => (
            <fieldset key={side} className="ledger-side">
              <legend>{t(`ledger.side.${side}`)}</legend>
              <TextField
                label={t(`ledger.gives.${side}`)}
                value={draft[side].gives}
                onValue={(value) => setSide(side, { gives: value })}
                error={errors[`${side}.gives`]}
              />
              <TextField
                label={`${t('ledger.measure')} (${t(`ledger.side.${side}`)})`}
                value={draft[side].measure}
                onValue={(value) => setSide(side, { measure: value })}
                error={errors[`${side}.measure`]}
              />
              <div className="field-row">
                <TextField
                  label={`${t('ledger.target')} (${t(`ledger.side.${side}`)})`}
                  inputMode="decimal"
                  value={draft[side].target}
                  onValue={(value) => setSide(side, { target: value })}
                  error={errors[`${side}.target`]}
                />
                <TextField
                  label={`${t('ledger.unit')} (${t(`ledger.side.${side}`)})`}
                  value={draft[side].unit}
                  onValue={(value) => setSide(side, { unit: value })}
                  error={errors[`${side}.unit`]}
                />
              </div>
              <SelectField
                label={`${t('ledger.owner')} (${t(`ledger.side.${side}`)})`}
                value={draft[side].ownerPersonId}
                options={ownerOptions}
                onValue={(value) => setSide(side, { ownerPersonId: value })}
              />
            </fieldset>
          ))}
        </div>
        <div className="field-row">
          <TextField
            label={t('ledger.period')}
            value={draft.period}
            onValue={(value) => set({ period: value })}
            error={errors.period}
          />
          <TextField
            label={t('ledger.startDate')}
            type="date"
            value={draft.startDate}
            onValue={(value) => set({ startDate: value })}
            error={errors.startDate}
          />
          <TextField
            label={t('ledger.reviewDate')}
            type="date"
            value={draft.reviewDate}
            onValue={(value) => set({ reviewDate: value })}
            error={errors.reviewDate}
          />
        </div>
        <SelectField
          label={t('ledger.decision')}
          value={draft.decisionId}
          options={decisionOptions}
          onValue={(value) => set({ decisionId: value })}
        />
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {entry ? t('ledger.save') : t('ledger.add')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
