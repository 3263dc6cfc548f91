/**
 * Prepare: everything the facilitator sets up before the room meets — participants and their roles,
 * details, the timed agenda, ground rules, agreed definitions, knowledge, and what the last meeting
 * left open. An outline under the header leads to each section; the header keeps Start meeting and
 * Export minutes in sight and the rare actions in a More menu.
 */
import '../../styles/prepare.css';
import { useId, useState } from 'react';
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
import { DueForReviewSection } from '../../features/prepare/DueForReviewSection';
import { DetailsSection } from '../../features/prepare/DetailsSection';
import { GroundRulesSection } from '../../features/prepare/GroundRulesSection';
import { PersonPicker } from '../../features/people/PersonPicker';
import { ParticipantsSection } from '../../features/prepare/ParticipantsSection';
import { SaveAsTemplateDialog } from '../../features/prepare/SaveAsTemplateDialog';
import { usePlanNext } from '../../features/prepare/use-plan-next';
import { useExportMeeting } from '../../features/export/ExportMeetingButton';
import { ExportMinutesButton } from '../../features/export/ExportMinutesButton';
import { StartMeetingButton } from '../../features/run/StartMeetingButton';
import { LedgerPanel } from '../../features/ledger/LedgerPanel';
import { ReviewBlockOffer } from '../../features/ledger/ReviewBlockOffer';
import { MenuButton } from '../../ui/MenuButton';
import { SectionAnchor, SectionNav } from '../../ui/SectionNav';

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

const SECTION = {
  participants: 'prepare-participants',
  details: 'prepare-details',
  agenda: 'prepare-agenda',
  rules: 'prepare-rules',
  knowledge: 'prepare-knowledge',
  definitions: 'prepare-definitions',
  ledger: 'prepare-ledger',
} as const;

function PrepareView({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const agenda = useAgenda(meeting.id);
  const attendance = useAttendance(meeting.id);
  const departments = useDepartments();
  const headingId = useId();
  const planNext = usePlanNext(meeting);
  const { exportMeeting, status: exportStatus } = useExportMeeting(meeting);
  const [savingTemplate, setSavingTemplate] = useState(false);
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
          <ExportMinutesButton meetingId={meeting.id} />
          <MenuButton
            label={t('prepare.more')}
            items={[
              { label: planNext.label, onSelect: planNext.start, disabled: !planNext.ready },
              {
                label: t('agenda.saveAsTemplate'),
                onSelect: () => setSavingTemplate(true),
                disabled: agenda.length === 0,
              },
              { label: t('exchange.export'), onSelect: exportMeeting },
            ]}
          />
        </div>
      </div>
      <div className="prepare-notices">
        {exportStatus}
        {planNext.dialog}
        <SaveAsTemplateDialog
          meeting={meeting}
          open={savingTemplate}
          onClose={() => setSavingTemplate(false)}
        />
      </div>
      <SectionNav
        label={t('prepare.sections')}
        href={hrefOf({ name: 'prepare', meetingId: meeting.id })}
        entries={[
          { id: SECTION.participants, label: t('participants.heading') },
          { id: SECTION.details, label: t('details.heading') },
          { id: SECTION.agenda, label: t('agenda.heading') },
          { id: SECTION.agenda, label: t('prepare.newAgendaItem'), focus: '.add-agenda input' },
          { id: SECTION.rules, label: t('rules.heading') },
          { id: SECTION.knowledge, label: t('knowledge.heading') },
          { id: SECTION.definitions, label: t('definitions.heading') },
          { id: SECTION.ledger, label: t('ledger.heading') },
        ]}
      />
      <p className="muted">{t('prepare.saved')}</p>
      <div className="prepare-grid">
        <div className="prepare-column">
          <SectionAnchor id={SECTION.participants}>
            <ParticipantsSection
              meeting={meeting}
              attendance={attendance}
              picker={(props) => <PersonPicker {...props} />}
            />
          </SectionAnchor>
          <SectionAnchor id={SECTION.details}>
            <DetailsSection meeting={meeting} agendaMinutes={agendaMinutes} />
          </SectionAnchor>
          <SectionAnchor id={SECTION.rules}>
            <GroundRulesSection meeting={meeting} />
          </SectionAnchor>
        </div>
        <div className="prepare-column wide">
          <SectionAnchor id={SECTION.agenda}>
            <ReviewBlockOffer meeting={meeting} agenda={agenda} />
            <AgendaSection meeting={meeting} agenda={agenda} attendance={attendance} />
          </SectionAnchor>
          <CarriedOverSection meeting={meeting} />
          <DueForReviewSection meeting={meeting} />
          <SectionAnchor id={SECTION.knowledge}>
            <div className="panel">
              <KnowledgePanel meetingId={meeting.id} agendaItems={agenda} departments={departments} />
            </div>
          </SectionAnchor>
          <SectionAnchor id={SECTION.definitions}>
            <div className="panel">
              <AttachedDefinitions meetingId={meeting.id} />
            </div>
          </SectionAnchor>
          <SectionAnchor id={SECTION.ledger}>
            <div className="panel">
              <LedgerPanel meeting={meeting} mode="prepare" />
            </div>
          </SectionAnchor>
        </div>
      </div>
    </section>
  );
}
