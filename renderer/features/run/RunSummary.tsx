/**
 * What the meeting left behind, shown when it ends: the decisions recorded (D-n statement), the
 * conflict points still open (private ones without their details), the action items that lack
 * an owner or a due date, flagged to be fixed before the minutes go out, and what was not done
 * (agenda items never reached, unanswered questions, the open parking lot) with the way to carry
 * it into the next meeting (the `next` slot, filled by the run screen).
 */
import { useId, type ReactNode } from 'react';
import type { Id } from '../../domain/types';
import { useRunSummary } from '../../data/queries/run';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';

export function RunSummary({ meetingId, next }: { meetingId: Id; next?: ReactNode }) {
  const t = useT();
  const language = useLanguage();
  const summary = useRunSummary(meetingId);
  const headingId = useId();
  if (!summary) return <p className="muted">{t('app.loading')}</p>;
  const { decisions, openConflicts, actionsToFix, actionCount } = summary;
  const { unreached, openQuestions, openParkingLot } = summary;
  const undone = unreached.length + openQuestions.length + openParkingLot.length;

  return (
    <section className="panel run-summary" aria-labelledby={headingId}>
      <div className="run-summary-header">
        <h2 id={headingId}>{t('run.summary.heading')}</h2>
        {next}
      </div>
      {decisions.length === 0 ? (
        <p>{t('run.summary.noDecisions')}</p>
      ) : (
        <h3>{translateCount(language, 'run.summary.decisions', decisions.length)}</h3>
      )}
      {decisions.length > 0 && (
        <ul>
          {decisions.map((decision) => (
            <li key={decision.id}>
              {t('run.summary.decision', { number: decision.number, statement: decision.statement })}
            </li>
          ))}
        </ul>
      )}
      {openConflicts.length === 0 ? (
        <p>{t('run.summary.noConflicts')}</p>
      ) : (
        <h3>{translateCount(language, 'run.summary.conflicts', openConflicts.length)}</h3>
      )}
      {openConflicts.length > 0 && (
        <ul>
          {openConflicts.map((point) => (
            <li key={point.id}>{point.private ? t('run.summary.private') : point.statement}</li>
          ))}
        </ul>
      )}
      {actionCount === 0 ? (
        <p>{t('run.summary.noActions')}</p>
      ) : actionsToFix.length === 0 ? (
        <p>{t('run.summary.allSet')}</p>
      ) : (
        <>
          <h3 className="danger-text">
            {translateCount(language, 'run.summary.actions', actionsToFix.length)}
          </h3>
          <ul aria-label={t('run.summary.fix')}>
            {actionsToFix.map((action) => (
              <li key={action.id}>
                {action.what}
                <span className="fix-flag">
                  {' — '}
                  {[
                    action.ownerPersonId === undefined ? t('run.summary.noOwner') : '',
                    action.dueDate === undefined ? t('run.summary.noDue') : '',
                  ]
                    .filter(Boolean)
                    .join(', ')}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>{t('run.summary.undone')}</h3>
      {undone === 0 ? (
        <p>{t('run.summary.nothingUndone')}</p>
      ) : (
        <>
          <UndoneList
            label={t('run.summary.unreached')}
            items={unreached.map(({ id, title }) => ({ id, text: title }))}
          />
          <UndoneList label={t('run.summary.openQuestions')} items={openQuestions} />
          <UndoneList label={t('run.summary.openParkingLot')} items={openParkingLot} />
        </>
      )}
    </section>
  );
}

/** One kind of unfinished work, as a labelled list; nothing when there is none of it. */
function UndoneList({ label, items }: { label: string; items: ReadonlyArray<{ id: Id; text: string }> }) {
  const headingId = useId();
  if (items.length === 0) return null;
  return (
    <>
      <h4 id={headingId}>{label}</h4>
      <ul aria-labelledby={headingId}>
        {items.map((item) => (
          <li key={item.id}>{item.text}</li>
        ))}
      </ul>
    </>
  );
}
