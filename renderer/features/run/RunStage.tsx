/**
 * The centre of the run screen, by the meeting's status: the start button before the meeting, the
 * running item with its timer, the facilitation tools and the agenda controls while it runs, the
 * summary after it. The notes live in the run screen's tabs.
 */
import type { ReactNode } from 'react';
import type { AgendaItem, Meeting } from '../../domain/types';
import { useT } from '../../i18n/react';
import { RunControls } from './RunControls';
import { RunSummary } from './RunSummary';
import { ItemTimer } from './RunTimers';
import { StartMeetingButton } from './StartMeetingButton';
import { TimerExtensions } from './TimerExtensions';

interface RunStageProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
  /**
   * The toolbar slot for facilitation tools (timer extensions, quick vote, check-in/out, mirror
   * round), filled by the run screen; nothing else goes there.
   */
  tools?: ReactNode;
  /** Shown with the summary once the meeting has ended: the way on to the next meeting. */
  next?: ReactNode;
}

/** The centre of the screen, by the meeting's status. */
export function RunStage({ meeting, agenda, activeItem, tools, next }: RunStageProps) {
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
          <RunSummary meetingId={meeting.id} next={next} />
        </>
      );
    case 'running':
      return (
        <div className="panel run-active">
          {activeItem ? (
            <>
              <p className="timer-label">{t('run.now')}</p>
              <h2 className="run-active-title">{activeItem.title}</h2>
              <ItemTimer item={activeItem} paused={meeting.pausedAt !== undefined} />
              <TimerExtensions meeting={meeting} agenda={agenda} item={activeItem} />
            </>
          ) : (
            <p>{t('run.noActive')}</p>
          )}
          {tools && (
            <div className="run-tools" role="toolbar" aria-label={t('cockpit.tools')}>
              {tools}
            </div>
          )}
          <RunControls meeting={meeting} agenda={agenda} />
        </div>
      );
  }
}
