/**
 * Records a new decision or edits a stored one, in a dialog. Nothing is written until the draft is
 * accepted; a decision with an owner and no objection is recorded as decided, otherwise as proposed.
 * An edit saved after another window changed the decision is refused and shows both versions.
 */
import { useState, type FormEvent } from 'react';
import { formatNumber, type DecisionDraft } from '../../domain/decisions';
import type { Decision } from '../../domain/types';
import { useDecision, useEarlierDecided, useMeetingConflictPoints } from '../../data/queries/decisions';
import { useDepartments, usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import type { DecisionOutcome } from '../../data/repositories/decisions';
import { useT, type Translate } from '../../i18n/react';
import { ChangedElsewhere, differingLines } from '../../ui/ChangedElsewhere';
import { Dialog } from '../../ui/Dialog';
import { FieldError } from '../../ui/FieldError';
import { useDepartmentName } from '../../ui/department-name';
import { useEditBase } from '../../ui/use-edit-base';
import { useWrite } from '../../ui/use-write';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { needsReopenReason } from '../../domain/reopen-gate';
import { DecisionFields } from './DecisionFields';
import { ReopenGateFields } from './ReopenGateFields';
import { LinkFields } from './LinkFields';
import { decisionMessages, draftOf, emptyDraft, refusalMessage, type DecisionMessages } from './labels';

interface DecisionDialogProps extends RunPanelProps {
  /** The decision to edit; a new one is recorded without it. */
  decision?: Decision;
  onClose: () => void;
  onSaved: (decision: Decision) => void;
}

export function DecisionDialog(props: DecisionDialogProps) {
  const { meeting, agenda, activeItem, attendance, decision, onClose, onSaved } = props;
  const t = useT();
  const { decisions } = useWorkspace();
  const people = usePeople() ?? [];
  const departments = useDepartments() ?? [];
  const departmentName = useDepartmentName();
  const conflictPoints = useMeetingConflictPoints(meeting.id) ?? [];
  const earlier = useEarlierDecided(meeting.id, meeting.date) ?? [];
  const superseded = useDecision(decision?.supersedesId) ?? undefined;
  const [draft, setDraft] = useState<DecisionDraft>(() =>
    decision ? draftOf(decision) : emptyDraft(activeItem?.id),
  );
  const [errors, setErrors] = useState<DecisionMessages>({});
  const [problem, setProblem] = useState<string | undefined>();
  const { run, pending } = useWrite();
  const edit = useEditBase(decision);
  const onDraft = (patch: Partial<DecisionDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const personName = (id: string) => people.find((person) => person.id === id)?.name ?? '';
  // The reopen gate: a decided decision chosen to be superseded asks what is new before saving.
  const reopening =
    superseded === undefined && draft.supersedesId !== ''
      ? earlier.find((candidate) => candidate.id === draft.supersedesId && needsReopenReason(candidate))
      : undefined;
  const participantIds = new Set(attendance.filter((a) => a.deletedAt === undefined).map((a) => a.personId));

  function refused(outcome: Extract<DecisionOutcome, { ok: false }>) {
    if ('reason' in outcome) return edit.stale(outcome.current);
    if ('errors' in outcome) return setErrors(decisionMessages(t, outcome.errors));
    setErrors({});
    // A refusal of the reopen gate names the decision being reopened.
    const named = outcome.refusal.code.startsWith('reopen-') ? reopening : decision;
    setProblem(refusalMessage(t, departmentName, named ?? { number: 0 }, outcome.refusal));
  }

  function save(base = edit.base) {
    void run(
      () => (decision ? decisions.update(decision.id, draft, base) : decisions.record(meeting.id, draft)),
      { done: (outcome) => onSaved(outcome.value), refused },
    );
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    save();
  }

  const title = decision
    ? t('decisions.editFor', { number: formatNumber(decision.number) })
    : t('decisions.record');
  return (
    <Dialog title={title} onCancel={onClose}>
      <form className="form decision-form" aria-label={title} onSubmit={submit} noValidate>
        <DecisionFields
          draft={draft}
          onDraft={onDraft}
          errors={errors}
          people={people}
          participantIds={participantIds}
          agenda={agenda}
          withStances={decision === undefined}
        />
        <LinkFields
          meetingId={meeting.id}
          draft={draft}
          onDraft={onDraft}
          choices={{ people, departments, departmentName, personName }}
          conflictPoints={conflictPoints}
          earlier={earlier}
          fixedSupersedes={superseded}
        />
        {reopening && (
          <ReopenGateFields
            decision={reopening}
            value={draft.reopen ?? { fact: '' }}
            onValue={(reopen) => onDraft({ reopen })}
          />
        )}
        <FieldError id="decision-links" message={errors.links} />
        <FieldError id="decision-problem" message={problem} />
        {edit.theirs && (
          <ChangedElsewhere
            lines={versionLines(t, draftOf(edit.theirs), draft)}
            onTakeTheirs={() => edit.takeTheirs((current) => setDraft(draftOf(current)))}
            onKeepMine={() => edit.keepMine(save)}
            disabled={pending}
          />
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {t('action.cancel')}
          </button>
          <button type="submit" className="primary" disabled={pending}>
            {decision ? t('decisions.save') : t('decisions.record')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** The texts of a decision that differ between the stored version and the draft. */
function versionLines(t: Translate, theirs: DecisionDraft, yours: DecisionDraft) {
  const fields = ['statement', 'rationale', 'alternatives', 'scope', 'dueDate', 'reviewDate'] as const;
  return differingLines(
    fields.map((field) => ({ label: t(`decisions.${field}`), theirs: theirs[field], yours: yours[field] })),
  );
}
