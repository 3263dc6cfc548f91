/**
 * Prepare: everything the facilitator sets up before the room meets — details, participants,
 * the timed agenda, ground rules, agreed definitions, knowledge, and what the last meeting left open.
 */
import '../../styles/prepare.css';
import { useId } from 'react';
import { planSchedule } from '../../domain/agenda';
import type { Meeting } from '../../domain/types';
import { useDepartments } from '../../data/people-hooks';
import { useAgenda, useAttendance, useMeeting } from '../../data/prepare-hooks';
import { useT } from '../../i18n/react';
import { hrefOf } from '../../app/router';
import { AttachedDefinitions } from '../definitions/AttachedDefinitions';
import { KnowledgePanel } from '../knowledge/KnowledgePanel';
import { AgendaSection } from './AgendaSection';
import { CarriedOverSection } from './CarriedOverSection';
import { DetailsSection } from './DetailsSection';
import { GroundRulesSection } from './GroundRulesSection';
import { ParticipantsSection } from './ParticipantsSection';
import { PlanNextButton } from './PlanNextButton';
import { ExportMeetingButton } from './ExportMeetingButton';
import { ExportMinutesButton } from '../export/ExportMinutesButton';
import { StartMeetingButton } from '../run/StartMeetingButton';

export function PrepareScreen({ meetingId }: { meetingId: string }) {
  const t = useT();
  const meeting = useMeeting(meetingId);
  if (meeting === undefined) return <p className="muted">{t('app.loading')}</p>;
  if (meeting === null) {
    return (
      <div className="empty">
        <p className="empty-title">{t('prepare.notFound')}</p>
        <a href={hrefOf({ name: 'meetings' })}>{t('prepare.back')}</a>
      </div>
    );
  }
  return <PrepareView key={meeting.id} meeting={meeting} />;
}

function PrepareView({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const agenda = useAgenda(meeting.id);
  const attendance = useAttendance(meeting.id);
  const departments = useDepartments();
  const headingId = useId();
  if (!agenda || !attendance) return <p className="muted">{t('app.loading')}</p>;
  const agendaMinutes = planSchedule(meeting, agenda).totalMinutes;

  return (
    <section className="screen prepare" aria-labelledby={headingId}>
      <a className="back-link" href={hrefOf({ name: 'meetings' })}>
        ← {t('prepare.back')}
      </a>
      <div className="screen-header">
        <h1 id={headingId}>{meeting.title}</h1>
        <div className="header-actions">
          <StartMeetingButton meeting={meeting} />
          <PlanNextButton meeting={meeting} />
          <ExportMinutesButton meetingId={meeting.id} />
          <ExportMeetingButton meeting={meeting} />
        </div>
      </div>
      <p className="muted">{t('prepare.saved')}</p>
      <div className="prepare-grid">
        <div className="prepare-column">
          <DetailsSection meeting={meeting} attendance={attendance} agendaMinutes={agendaMinutes} />
          <ParticipantsSection meeting={meeting} attendance={attendance} />
          <GroundRulesSection meeting={meeting} />
        </div>
        <div className="prepare-column wide">
          <AgendaSection meeting={meeting} agenda={agenda} attendance={attendance} />
          <CarriedOverSection meeting={meeting} />
          <div className="panel">
            <KnowledgePanel meetingId={meeting.id} agendaItems={agenda} departments={departments} />
          </div>
          <div className="panel">
            <AttachedDefinitions meetingId={meeting.id} />
          </div>
        </div>
      </div>
    </section>
  );
}
