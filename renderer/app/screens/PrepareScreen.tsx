/**
 * Prepare: everything the facilitator sets up before the room meets — details, participants,
 * the timed agenda, ground rules, agreed definitions, knowledge, and what the last meeting left open.
 */
import '../../styles/prepare.css';
import { useId } from 'react';
import { planSchedule } from '../../domain/agenda';
import type { Meeting } from '../../domain/types';
import { useDepartments } from '../../data/queries/people';
import { useAgenda, useAttendance, useMeeting } from '../../data/queries/prepare';
import { useT } from '../../i18n/react';
import { hrefOf } from '../../navigation/router';
import { AttachedDefinitions } from '../../features/definitions/AttachedDefinitions';
import { KnowledgePanel } from '../../features/knowledge/KnowledgePanel';
import { AgendaSection } from '../../features/prepare/AgendaSection';
import { CarriedOverSection } from '../../features/prepare/CarriedOverSection';
import { DetailsSection } from '../../features/prepare/DetailsSection';
import { GroundRulesSection } from '../../features/prepare/GroundRulesSection';
import { PersonPicker } from '../../features/people/PersonPicker';
import { ParticipantsSection } from '../../features/prepare/ParticipantsSection';
import { PlanNextButton } from '../../features/prepare/PlanNextButton';
import { ExportMeetingButton } from '../../features/export/ExportMeetingButton';
import { ExportMinutesButton } from '../../features/export/ExportMinutesButton';
import { StartMeetingButton } from '../../features/run/StartMeetingButton';

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
          <ParticipantsSection
            meeting={meeting}
            attendance={attendance}
            picker={(props) => <PersonPicker {...props} />}
          />
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
