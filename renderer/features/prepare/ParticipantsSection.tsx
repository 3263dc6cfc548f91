/**
 * Who takes part: add from the directory (or create on the fly), role, presence, and the balance
 * of departments — with a plain warning when Marketing or Sales is missing.
 */
import { useId } from 'react';
import type { Attendance, Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { PersonPicker } from '../people/PersonPicker';
import { DepartmentBalanceView } from './DepartmentBalanceView';
import { ParticipantRow } from './ParticipantRow';

export function ParticipantsSection({
  meeting,
  attendance,
}: {
  meeting: Meeting;
  attendance: readonly Attendance[];
}) {
  const t = useT();
  const { attendance: repository } = useWorkspace();
  const headingId = useId();
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participants.heading')}</h2>
      <PersonPicker
        label={t('participants.add')}
        excludeIds={attendance.map((entry) => entry.personId)}
        onPick={(personId) => void repository.add(meeting.id, personId)}
      />
      {attendance.length === 0 ? (
        <p className="muted">{t('participants.empty')}</p>
      ) : (
        <ul className="participant-list" aria-label={t('participants.heading')}>
          {attendance.map((entry) => (
            <ParticipantRow key={entry.id} attendance={entry} />
          ))}
        </ul>
      )}
      <DepartmentBalanceView attendance={attendance} />
    </section>
  );
}
