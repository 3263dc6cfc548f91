/**
 * Who takes part: add from the directory (or create on the fly), role, presence, who facilitates
 * and who takes the minutes (chosen among the participants), and the balance of departments — with a plain warning when Marketing or Sales is missing. The picker over the
 * directory belongs to the people feature; the screen that composes both hands it in as `picker`.
 */
import { useId, type ReactNode } from 'react';
import type { Attendance, AttendanceRole, Meeting } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { DepartmentBalanceView } from './DepartmentBalanceView';
import { ParticipantRow } from './ParticipantRow';
import { RoleHolderSelect } from './RoleHolderSelect';
import { useWrite } from '../../ui/use-write';

/** What the section asks of the picker it is given. */
export interface ParticipantPickerProps {
  label: string;
  /** People not to offer: those already taking part. */
  excludeIds: readonly string[];
  onPick: (personId: string) => void;
}

interface ParticipantsSectionProps {
  meeting: Meeting;
  attendance: readonly Attendance[];
  /** Renders the "Add participant" picker over the people directory. */
  picker: (props: ParticipantPickerProps) => ReactNode;
}

export function ParticipantsSection({ meeting, attendance, picker }: ParticipantsSectionProps) {
  const t = useT();
  const { attendance: repository } = useWorkspace();
  const { run } = useWrite();
  const headingId = useId();
  const holder = (role: AttendanceRole) => attendance.find((entry) => entry.role === role);
  return (
    <section className="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('participants.heading')}</h2>
      {picker({
        label: t('participants.add'),
        excludeIds: attendance.map((entry) => entry.personId),
        onPick: (personId) => void run(() => repository.add(meeting.id, personId)),
      })}
      {attendance.length === 0 ? (
        <p className="muted">{t('participants.empty')}</p>
      ) : (
        <ul className="participant-list" aria-label={t('participants.heading')}>
          {attendance.map((entry) => (
            <ParticipantRow key={entry.id} attendance={entry} />
          ))}
        </ul>
      )}
      <div className="form-row">
        <RoleHolderSelect
          role="facilitator"
          label={t('details.facilitator')}
          attendance={attendance}
          holder={holder('facilitator')}
        />
        <RoleHolderSelect
          role="minute-taker"
          label={t('details.minuteTaker')}
          attendance={attendance}
          holder={holder('minute-taker')}
        />
      </div>
      <DepartmentBalanceView attendance={attendance} />
    </section>
  );
}
