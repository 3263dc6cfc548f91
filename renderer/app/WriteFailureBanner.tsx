/**
 * The write-failure warning, above every screen: when Tandem could not save a change (a full disk,
 * a storage error), it says so until a later write succeeds or the user dismisses it. The forms keep
 * what was typed (they clear only after a save), and the warning offers the JSON export of the open
 * meeting, which only reads, so a copy can be kept while nothing can be written.
 *
 * A modal dialog makes the page behind it inert, so while one is open the warning renders inside the
 * innermost dialog's notice slot (ui/Dialog.tsx): still seen, its export and Dismiss still reachable.
 */
import '../styles/write-failure.css';
import { useCallback, useId } from 'react';
import { createPortal } from 'react-dom';
import { useRoute } from '../navigation/router';
import { useMeeting } from '../data/queries/prepare';
import { useWriteOutcomes } from '../data/middleware/use-write-outcomes';
import type { WriteOutcome } from '../data/middleware/write-watch';
import { useT } from '../i18n/react';
import { useWriteFailure } from '../state/write-failure';
import { useTopDialogSlot } from '../ui/dialog-stack';
import { ExportMeetingButton } from '../features/export/ExportMeetingButton';

export function WriteFailureBanner() {
  const t = useT();
  const titleId = useId();
  const failure = useWriteFailure((state) => state.failure);
  const dismiss = useWriteFailure((state) => state.dismiss);
  const dialogSlot = useTopDialogSlot();
  const report = useCallback((outcome: WriteOutcome) => {
    const store = useWriteFailure.getState();
    if (outcome.ok) store.succeeded();
    else store.failed(outcome.error);
  }, []);
  useWriteOutcomes(report);

  // An alert that appears is announced; none is rendered while writes succeed.
  if (failure === null) return null;
  const warning = (
    <div role="alert" aria-labelledby={titleId} className="write-failure">
      <p>
        <strong id={titleId}>{t('writeFailure.title')}</strong> {t('writeFailure.kept')}{' '}
        {t(failure === 'QuotaExceededError' ? 'writeFailure.quota' : 'writeFailure.other')}
      </p>
      <div className="write-failure-actions">
        <OpenMeetingExport />
        <button type="button" className="quiet" onClick={dismiss}>
          {t('writeFailure.dismiss')}
        </button>
      </div>
    </div>
  );
  return dialogSlot ? createPortal(warning, dialogSlot) : warning;
}

/** The export of the meeting on screen (Prepare or Run); elsewhere, where to find it. */
function OpenMeetingExport() {
  const t = useT();
  const route = useRoute();
  const meetingId = route.name === 'prepare' || route.name === 'run' ? route.meetingId : '';
  const meeting = useMeeting(meetingId);
  if (!meeting) return <span>{t('writeFailure.noMeetingHint')}</span>;
  return (
    <>
      <span>{t('writeFailure.exportHint')}</span>
      <ExportMeetingButton meeting={meeting} />
    </>
  );
}
