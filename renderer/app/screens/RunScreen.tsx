/**
 * Run: the live meeting on the facilitator's laptop, which may be projected. The agenda at the
 * side, the active item with its big timer and notes, the meeting's time against the plan, the
 * controls (all by keyboard), and the capture panels below. Everything shown is derived from
 * stored records, so a reload or a crash comes back exactly here. An ended meeting shows the same
 * screen read-only with its summary.
 */
import '../../styles/run.css';
import { useId, useMemo } from 'react';
import { activeItemOf } from '../../domain/run';
import type { AgendaItem, Attendance, Meeting } from '../../domain/types';
import { useAgenda, useAttendance, useMeeting } from '../../data/queries/prepare';
import { hrefOf } from '../../navigation/router';
import { useT } from '../../i18n/react';
import { AudienceControls } from '../../features/audience/AudienceControls';
import { BackupStatus } from '../../features/backups/BackupStatus';
import { ExportMinutesButton } from '../../features/export/ExportMinutesButton';
import { QuickKnowledge } from '../../features/knowledge/QuickKnowledge';
import { ActionsPanel } from '../../features/actions/ActionsPanel';
import { ConflictLogPanel } from '../../features/conflicts/ConflictLogPanel';
import { DecisionsPanel } from '../../features/decisions/DecisionsPanel';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { RunAgenda } from '../../features/run/RunAgenda';
import { MeetingTimer } from '../../features/run/RunTimers';
import { RunStage } from '../../features/run/RunStage';
import { SpeakerQueuePanel } from '../../features/speakers/SpeakerQueuePanel';
import { MirrorRoundDialog } from '../../features/rounds/MirrorRoundDialog';
import { MirrorRoundKey } from '../../features/rounds/MirrorRoundKey';
import { MirrorRoundRow } from '../../features/rounds/MirrorRoundRow';
import { RoundButtons } from '../../features/rounds/RoundButtons';
import { MirrorRoundSlotProvider, type MirrorRoundSlot } from '../../ui/mirror-round-slot';

/** The mirror round in the rows and the objection dialog of the conflict and decision features. */
function mirrorRoundSlot(meetingId: string): MirrorRoundSlot {
  return {
    row: (subject, text) => <MirrorRoundRow meetingId={meetingId} subject={subject} text={text} />,
    dialog: (subject, text, onClose) => (
      <MirrorRoundDialog meetingId={meetingId} subject={subject} text={text} onClose={onClose} />
    ),
  };
}

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
  const mirrorSlot = useMemo(() => mirrorRoundSlot(meeting.id), [meeting.id]);

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
          <RoundButtons meeting={meeting} agenda={agenda} />
          {meeting.status === 'running' && (
            <MirrorRoundSlotProvider value={mirrorSlot}>
              <MirrorRoundKey meetingId={meeting.id} />
              <div className="run-panels" aria-label={t('run.capture')} role="region">
                <ConflictLogPanel {...panelProps} />
                <DecisionsPanel {...panelProps} />
                <div className="run-capture">
                  <ActionsPanel {...panelProps} />
                  <QuickKnowledge meetingId={meeting.id} agenda={agenda} activeItem={activeItem} />
                </div>
                <SpeakerQueuePanel {...panelProps} />
              </div>
            </MirrorRoundSlotProvider>
          )}
          <BackupStatus meeting={meeting} />
        </div>
      </div>
    </section>
  );
}
