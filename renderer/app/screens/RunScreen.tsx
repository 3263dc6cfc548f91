/**
 * Run: the live meeting on the facilitator's laptop, which may be projected. While the meeting
 * runs, the screen is a cockpit that never scrolls as a page (docs/architecture.md, "The run screen
 * as a cockpit"): the agenda, the active item with its timer, tools and controls, the conflict log,
 * the decision register and the action items side by side, each scrolling inside itself; parking
 * lot, knowledge, notes and the speaker queue in tabs with their counts (Alt+W cycles them). The
 * app's header steps back (focus mode, Alt+Z). Everything shown is derived from stored records, so
 * a reload or a crash comes back exactly here. An ended meeting shows the same screen read-only
 * with its summary.
 */
import '../../styles/run.css';
import '../../styles/cockpit.css';
import { useId, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { activeItemOf } from '../../domain/run';
import type { AgendaItem, Attendance, Meeting } from '../../domain/types';
import { useAgenda, useAttendance, useMeeting } from '../../data/queries/prepare';
import { useMirroredScreen } from '../../data/queries/settings';
import { hrefOf } from '../../navigation/router';
import { useT } from '../../i18n/react';
import { useShortcut } from '../../shortcuts/registry';
import { AudienceControls } from '../../features/audience/AudienceControls';
import { BackupStatus } from '../../features/backups/BackupStatus';
import { ExportMinutesButton } from '../../features/export/ExportMinutesButton';
import { ActionsPanel } from '../../features/actions/ActionsPanel';
import { ConflictLogPanel } from '../../features/conflicts/ConflictLogPanel';
import { DecisionsPanel } from '../../features/decisions/DecisionsPanel';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { MirroredScreenToggle } from '../../features/run/MirroredScreenToggle';
import { RunAgenda } from '../../features/run/RunAgenda';
import { MeetingTimer } from '../../features/run/RunTimers';
import { RunStage } from '../../features/run/RunStage';
import { PlanNextButton } from '../../features/prepare/use-plan-next';
import { setRunning, toggleFullHeader, useFocusMode } from '../focus-mode';
import { RunTabs } from './RunTabs';
import { DecisionVoteResult, MeetingVotes } from '../../features/votes/DecisionVoteResult';
import { VotesPanel } from '../../features/votes/VotesPanel';
import { MirrorRoundDialog } from '../../features/rounds/MirrorRoundDialog';
import { MirrorRoundKey } from '../../features/rounds/MirrorRoundKey';
import { MeetingMirrorRounds, MirrorRoundRow } from '../../features/rounds/MirrorRoundRow';
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
  // Read before anything shows, so a mirrored screen never flashes a private point.
  const mirrored = useMirroredScreen(meetingId);
  if (meeting === undefined || !agenda || !attendance || mirrored === undefined)
    return <p className="muted">{t('app.loading')}</p>;
  if (meeting === null) {
    return (
      <div className="empty">
        <p className="empty-title">{t('run.notFound')}</p>
        <a href={hrefOf({ name: 'meetings' })}>{t('prepare.back')}</a>
      </div>
    );
  }
  return <RunView meeting={meeting} agenda={agenda} attendance={attendance} mirrored={mirrored} />;
}

interface RunViewProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  attendance: readonly Attendance[];
  mirrored: boolean;
}

/**
 * The toolbar slot of the stage, next to the item timer: facilitation tools (timer +1/+5, "Quick
 * vote", "Check-in"/"Check-out", "Mirror round") go here, and nothing else.
 */
function runTools({ meeting, agenda }: RunPanelProps): ReactNode {
  return <RoundButtons meeting={meeting} agenda={agenda} />;
}

function RunView({ meeting, agenda, attendance, mirrored }: RunViewProps) {
  const t = useT();
  const headingId = useId();
  const activeItem = activeItemOf(meeting, agenda);
  const panelProps: RunPanelProps = { meeting, agenda, activeItem, attendance, mirrored };
  const running = meeting.status === 'running';
  const mirrorSlot = useMemo(() => mirrorRoundSlot(meeting.id), [meeting.id]);

  // One tree for both states, so the backups (BackupStatus) keep running as the meeting ends.
  return (
    <section className={running ? 'screen run cockpit' : 'screen run'} aria-labelledby={headingId}>
      {running ? (
        <MirrorRoundSlotProvider value={mirrorSlot}>
          <CockpitHeader meeting={meeting} agenda={agenda} headingId={headingId} mirrored={mirrored} />
          <MirrorRoundKey meetingId={meeting.id} />
          {/* The rows' mirror rounds and votes: one read each for every row, not one per row. */}
          <MeetingMirrorRounds id={meeting.id}>
            <MeetingVotes id={meeting.id}>
              <div className="cockpit-grid">
                <RunAgenda agenda={agenda} activeId={activeItem?.id} />
                <div className="cockpit-stage">
                  <RunStage
                    meeting={meeting}
                    agenda={agenda}
                    activeItem={activeItem}
                    tools={runTools(panelProps)}
                  />
                  <RunTabs {...panelProps} />
                </div>
                <div className="cockpit-panel cockpit-conflicts">
                  <ConflictLogPanel {...panelProps} />
                </div>
                <div className="cockpit-panel cockpit-decisions">
                  <DecisionsPanel
                    {...panelProps}
                    renderExtra={(decision) => <DecisionVoteResult decision={decision} />}
                  />
                  <VotesPanel {...panelProps} />
                </div>
                <div className="cockpit-panel cockpit-actions">
                  <ActionsPanel {...panelProps} />
                </div>
              </div>
            </MeetingVotes>
          </MeetingMirrorRounds>
        </MirrorRoundSlotProvider>
      ) : (
        <>
          <a className="back-link" href={hrefOf({ name: 'prepare', meetingId: meeting.id })}>
            ← {t('run.back')}
          </a>
          <div className="screen-header">
            <h1 id={headingId}>{meeting.title}</h1>
            {/* Once the meeting has ended, the minutes are what comes next. */}
            <ExportMinutesButton meetingId={meeting.id} primary={meeting.status === 'ended'} />
          </div>
          <div className="run-layout">
            <RunAgenda agenda={agenda} activeId={activeItem?.id} />
            <div className="run-main">
              <RunStage
                meeting={meeting}
                agenda={agenda}
                activeItem={activeItem}
                next={<PlanNextButton meeting={meeting} />}
              />
              <AudienceControls meetingId={meeting.id} />
            </div>
          </div>
        </>
      )}
      <BackupStatus meeting={meeting} />
    </section>
  );
}

interface CockpitHeaderProps {
  meeting: Meeting;
  agenda: readonly AgendaItem[];
  headingId: string;
  mirrored: boolean;
}

/** What the facilitator needs while running: title, time, audience controls; navigation on Alt+Z. */
function CockpitHeader({ meeting, agenda, headingId, mirrored }: CockpitHeaderProps) {
  const t = useT();
  const focus = useFocusMode();
  useLayoutEffect(() => {
    setRunning(true);
    return () => setRunning(false);
  }, []);
  useShortcut(
    { id: 'cockpit.nav', combo: { code: 'KeyZ', alt: true }, label: 'cockpit.toggleNav' },
    toggleFullHeader,
  );
  return (
    <div className="screen-header cockpit-header">
      <h1 id={headingId}>{meeting.title}</h1>
      <MeetingTimer meeting={meeting} agenda={agenda} />
      <AudienceControls meetingId={meeting.id} />
      <MirroredScreenToggle meetingId={meeting.id} mirrored={mirrored} />
      <ExportMinutesButton meetingId={meeting.id} primary={false} />
      <button
        type="button"
        className="quiet"
        aria-keyshortcuts="Alt+Z"
        aria-expanded={focus.fullHeader}
        onClick={toggleFullHeader}
      >
        {t(focus.fullHeader ? 'cockpit.hideNav' : 'cockpit.showNav')}
      </button>
      {focus.fullHeader && (
        <a className="back-link" href={hrefOf({ name: 'prepare', meetingId: meeting.id })}>
          ← {t('run.back')}
        </a>
      )}
    </div>
  );
}
