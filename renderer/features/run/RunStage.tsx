/**
 * The centre of the run screen, by the meeting's status: the start button before the meeting, the
 * running item with its timer, notes and the agenda controls while it runs, the summary after it.
 */
import type { AgendaItem, Meeting } from '../../domain/types';
import { useT } from '../../i18n/react';
import { NotesField } from './NotesField';
import { RunControls } from './RunControls';
import { RunSummary } from './RunSummary';
import { ItemTimer } from './RunTimers';
import { StartMeetingButton } from './StartMeetingButton';
import { TimerExtensions } from './TimerExtensions';

interface RunStageProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
}

/** The centre of the screen, by the meeting's status. */
export function RunStage({ meeting, agenda, activeItem }: RunStageProps) {
  const t = useT();
  switch (meeting.status) {
    case 'planned':
      return (
        <div className="panel">
          <p>{t('run.notStarted')}</p>
          <StartMeetingButton meeting={meeting} />
        </div>
      );
    case 'ended':
      return (
        <>
          <p className="run-ended">{t('run.ended')}</p>
          <RunSummary meetingId={meeting.id} />
        </>
      );
    case 'running':
      return (
        <>
          <div className="panel run-active">
            {activeItem ? (
              <>
                <p className="timer-label">{t('run.now')}</p>
                <h2 className="run-active-title">{activeItem.title}</h2>
                <ItemTimer item={activeItem} paused={meeting.pausedAt !== undefined} />
                <TimerExtensions meeting={meeting} agenda={agenda} item={activeItem} />
                <NotesField key={activeItem.id} item={activeItem} />
              </>
            ) : (
              <p>{t('run.noActive')}</p>
            )}
          </div>
          <RunControls meeting={meeting} agenda={agenda} />
        </>
      );
  }
}
