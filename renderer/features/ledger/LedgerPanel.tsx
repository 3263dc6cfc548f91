/**
 * The give-and-get ledger of one meeting, in Run (a cockpit tab) and in Prepare: the agreements of
 * its series this meeting reviews (with the review of each side while it runs, the last verdicts
 * while it is prepared) and those it agreed, which can be edited, ended or deleted with Undo.
 * "Add agreement" opens the capture dialog; the palette runs it too.
 */
import '../../styles/ledger.css';
import { Pencil, Power, Trash2 } from 'lucide-react';
import { useId, useMemo, useState } from 'react';
import { LEDGER_SIDES, type AgreementUnderReview } from '../../domain/ledger';
import type { LedgerEntry, LedgerReview, Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useMeetingLedger } from '../../data/queries/ledger';
import { usePeople } from '../../data/queries/people';
import { useMeetingDecisions } from '../../data/queries/run-capture';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { useCommand } from '../../shortcuts/registry';
import { RowAction } from '../../ui/RowAction';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import { CommitmentText } from './CommitmentText';
import { LedgerDialog } from './LedgerDialog';
import { SideReviewFields } from './SideReviewFields';
import { figureText } from './labels';

interface LedgerPanelProps {
  meeting: Meeting;
  /** Run records reviews; Prepare shows the last ones. */
  mode: 'run' | 'prepare';
  /** Shows the panel's tab before the palette's "Add agreement" opens the dialog. */
  onReveal?: () => void;
}

type Editing = { entry?: LedgerEntry } | undefined;

export function LedgerPanel({ meeting, mode, onReveal }: LedgerPanelProps) {
  const t = useT();
  const ledgerData = useMeetingLedger(meeting.id);
  const people = usePeople();
  const decisions = useMeetingDecisions(meeting.id) ?? [];
  const headingId = useId();
  const [editing, setEditing] = useState<Editing>();
  const names = useMemo(() => new Map(people?.map((person) => [person.id, person.name])), [people]);
  const nameOf = (id: string | undefined) => (id === undefined ? undefined : names.get(id));
  const open = () => {
    onReveal?.();
    setEditing({});
  };
  useCommand({ id: 'ledger.add', label: 'ledger.add' }, open);

  return (
    <section className="capture-section ledger-panel" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('ledger.heading')}</h2>
        <button type="button" onClick={open}>
          {t('ledger.add')}
        </button>
      </div>
      {ledgerData === undefined || ledgerData === null ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <h3>{t('ledger.toReview')}</h3>
          {ledgerData.underReview.length === 0 ? (
            <p className="muted">{t('ledger.noneToReview')}</p>
          ) : (
            <ul className="capture-list ledger-list" aria-label={t('ledger.toReview')}>
              {ledgerData.underReview.map((item) => (
                <ReviewRow key={item.entry.id} item={item} meeting={meeting} mode={mode} nameOf={nameOf} />
              ))}
            </ul>
          )}
          <h3>{t('ledger.agreedHere')}</h3>
          {ledgerData.agreedHere.length === 0 ? (
            <p className="muted">{t('ledger.none')}</p>
          ) : (
            <ul className="capture-list ledger-list" aria-label={t('ledger.agreedHere')}>
              {ledgerData.agreedHere.map((entry) => (
                <EntryRow key={entry.id} entry={entry} nameOf={nameOf} onEdit={() => setEditing({ entry })} />
              ))}
            </ul>
          )}
        </>
      )}
      {editing && (
        <LedgerDialog
          meeting={meeting}
          {...(editing.entry ? { entry: editing.entry } : {})}
          people={people ?? []}
          decisions={decisions}
          onClose={() => setEditing(undefined)}
        />
      )}
    </section>
  );
}

type NameOf = (id: string | undefined) => string | undefined;

function ReviewRow({
  item,
  meeting,
  mode,
  nameOf,
}: {
  item: AgreementUnderReview;
  meeting: Meeting;
  mode: 'run' | 'prepare';
  nameOf: NameOf;
}) {
  const t = useT();
  const language = useLanguage();
  const { entry, review, state, lastReview } = item;
  return (
    <li className={`capture-row ledger-row state-${state}`}>
      <p className="capture-text">
        {entry.title} <span className="badge">{t(`ledger.state.${state}`)}</span>
      </p>
      <p className="capture-meta">
        {entry.period !== '' && <span>{t('ledger.periodIs', { period: entry.period })}</span>}
        <span>
          {lastReview
            ? t('ledger.lastReviewed', { date: formatDate(language, lastReview.date) })
            : t('ledger.neverReviewed')}
        </span>
      </p>
      <div className="ledger-sides">
        {LEDGER_SIDES.map((side) => (
          <div key={side} className="ledger-side">
            <CommitmentText
              side={side}
              commitment={entry[side]}
              ownerName={nameOf(entry[side].ownerPersonId)}
            />
            {mode === 'run' ? (
              <SideReviewFields meeting={meeting} entry={entry} side={side} stored={review?.[side]} />
            ) : (
              lastReview && <VerdictText review={lastReview.review} side={side} unit={entry[side].unit} />
            )}
          </div>
        ))}
      </div>
    </li>
  );
}

function VerdictText({
  review,
  side,
  unit,
}: {
  review: LedgerReview;
  side: 'marketing' | 'sales';
  unit?: string | undefined;
}) {
  const t = useT();
  const language = useLanguage();
  const value = review[side];
  return (
    <p className="capture-meta">
      <span className={`verdict-tag verdict-${value.verdict ?? 'none'}`}>
        {t(`ledger.verdict.${value.verdict ?? 'none'}`)}
      </span>
      {value.figure !== undefined && <span>{figureText(language, value.figure, unit)}</span>}
      {value.note !== '' && <span>{value.note}</span>}
    </p>
  );
}

function EntryRow({ entry, nameOf, onEdit }: { entry: LedgerEntry; nameOf: NameOf; onEdit: () => void }) {
  const t = useT();
  const language = useLanguage();
  const { ledger } = useWorkspace();
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const ended = entry.status === 'ended';
  return (
    <li className={`capture-row ledger-row status-${entry.status}`}>
      <p className="capture-text">
        {entry.title} {ended && <span className="badge">{t('ledger.status.ended')}</span>}
      </p>
      <p className="capture-meta">
        {entry.period !== '' && <span>{t('ledger.periodIs', { period: entry.period })}</span>}
        <span>{t('ledger.since', { date: formatDate(language, entry.startDate) })}</span>
        {entry.reviewDate !== undefined && (
          <span>{t('ledger.reviewOn', { date: formatDate(language, entry.reviewDate) })}</span>
        )}
      </p>
      <div className="ledger-sides">
        {LEDGER_SIDES.map((side) => (
          <CommitmentText
            key={side}
            side={side}
            commitment={entry[side]}
            ownerName={nameOf(entry[side].ownerPersonId)}
          />
        ))}
      </div>
      <div className="row-actions">
        <RowAction
          icon={Pencil}
          label={t('action.edit')}
          name={t('ledger.editFor', { title: entry.title })}
          onClick={onEdit}
        />
        <RowAction
          icon={Power}
          label={ended ? t('ledger.reopen') : t('ledger.end')}
          name={
            ended ? t('ledger.reopenFor', { title: entry.title }) : t('ledger.endFor', { title: entry.title })
          }
          onClick={() => void run(() => (ended ? ledger.reopen(entry.id) : ledger.end(entry.id)))}
        />
        <RowAction
          icon={Trash2}
          label={t('action.delete')}
          name={t('ledger.deleteFor', { title: entry.title })}
          danger
          onClick={() =>
            void undoable(() => ledger.softDelete(entry.id), {
              label: t('ledger.deleted', { title: entry.title }),
              undo: () => ledger.restore(entry.id),
            })
          }
        />
      </div>
    </li>
  );
}
