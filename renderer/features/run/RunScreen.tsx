/**
 * Run: the live meeting on the facilitator's laptop, which may be projected. The agenda at the
 * side, the active item with its big timer and notes, the meeting's time against the plan, the
 * controls (all by keyboard), and the capture panels below. Everything shown is derived from
 * stored records, so a reload or a crash comes back exactly here. An ended meeting shows the same
 * screen read-only with its summary.
 */
import '../../styles/run.css';
import { useId } from 'react';
import { activeItemOf } from '../../domain/run';
import type { AgendaItem, Attendance, Meeting } from '../../domain/types';
import { useAgenda, useAttendance, useMeeting } from '../../data/prepare-hooks';
import { hrefOf } from '../../app/router';
import { useT } from '../../i18n/react';
import { AudienceControls } from '../audience/AudienceControls';
import { BackupStatus } from '../backups/BackupStatus';
import { ExportMinutesButton } from '../export/ExportMinutesButton';
import { ActionsPanel } from './actions/ActionsPanel';
import { ConflictLogPanel } from './conflicts/ConflictLogPanel';
import { DecisionsPanel } from './decisions/DecisionsPanel';
import type { RunPanelProps } from './panel-props';
import { NotesField } from './NotesField';
import { RunAgenda } from './RunAgenda';
import { RunControls } from './RunControls';
import { RunSummary } from './RunSummary';
import { ItemTimer, MeetingTimer } from './RunTimers';
import { SpeakerQueuePanel } from './speakers/SpeakerQueuePanel';
import { StartMeetingButton } from './StartMeetingButton';

export function RunScreen({ meetingId }: { meetingId: string }) {
  const t = useT();
  const meeting = useMeeting(meetingId);
  const agenda = useAgenda(meetingId);
  const attendance = useAttendance(meetingId);
  if (meeting === undefined || !agenda || !attendance) return <p className="muted">{t('app.loading')}</p>;
  if (meeting === null) {
    return (
      <div className="empty">
        <p className="empty-title">{t('run.notFound')}</p>
        <a href={hrefOf({ name: 'meetings' })}>{t('prepare.back')}</a>
      </div>
    );
  }
  return <RunView meeting={meeting} agenda={agenda} attendance={attendance} />;
}

interface RunViewProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  attendance: readonly Attendance[];
}

function RunView({ meeting, agenda, attendance }: RunViewProps) {
  const t = useT();
  const headingId = useId();
  const activeItem = activeItemOf(meeting, agenda);
  const panelProps: RunPanelProps = { meeting, agenda, activeItem, attendance };

  return (
    <section className="screen run" aria-labelledby={headingId}>
      <a className="back-link" href={hrefOf({ name: 'prepare', meetingId: meeting.id })}>
        ← {t('run.back')}
      </a>
      <div className="screen-header">
        <h1 id={headingId}>{meeting.title}</h1>
        {meeting.status === 'running' && <MeetingTimer meeting={meeting} agenda={agenda} />}
        {/* Once the meeting has ended, the minutes are what comes next. */}
        <ExportMinutesButton meetingId={meeting.id} primary={meeting.status === 'ended'} />
      </div>
      <div className="run-layout">
        <RunAgenda agenda={agenda} activeId={activeItem?.id} />
        <div className="run-main">
          <RunStage meeting={meeting} agenda={agenda} activeItem={activeItem} />
          <AudienceControls meetingId={meeting.id} />
          {meeting.status === 'running' && (
            <div className="run-panels" aria-label={t('run.capture')} role="region">
              <ConflictLogPanel {...panelProps} />
              <DecisionsPanel {...panelProps} />
              <ActionsPanel {...panelProps} />
              <SpeakerQueuePanel {...panelProps} />
            </div>
          )}
          <BackupStatus meeting={meeting} />
        </div>
      </div>
    </section>
  );
}

interface RunStageProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  activeItem: AgendaItem | undefined;
}

/** The centre of the screen, by the meeting's status. */
function RunStage({ meeting, agenda, activeItem }: RunStageProps) {
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
