/** One participant: name, department and unit, role, presence, and removal. */
import { useId } from 'react';
import type { Attendance, AttendanceRole } from '../../domain/types';
import { usePerson } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';

const ROLES: readonly AttendanceRole[] = [
  'facilitator',
  'minute-taker',
  'decision-maker',
  'participant',
  'guest',
];

export function ParticipantRow({ attendance }: { attendance: Attendance }) {
  const t = useT();
  const person = usePerson(attendance.personId);
  const departmentName = useDepartmentName();
  const { attendance: repository } = useWorkspace();
  const { run } = useWrite();
  const presentId = useId();
  const name = person?.name ?? t('participants.unknownPerson');

  return (
    <li className="participant-row">
      <div className="participant-main">
        <span className="participant-name">{name}</span>
        {person && (
          <span className="muted">
            {departmentName(person.departmentId)}
            {person.orgUnit && ` · ${person.orgUnit}`}
          </span>
        )}
      </div>
      <select
        aria-label={t('participants.role', { name })}
        value={attendance.role}
        onChange={(event) => {
          const role = ROLES.find((candidate) => candidate === event.target.value);
          if (role) void run(() => repository.setRole(attendance.id, role));
        }}
      >
        {ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`role.${role}`)}
          </option>
        ))}
      </select>
      <span className="checkbox">
        <input
          id={presentId}
          type="checkbox"
          aria-label={t('participants.present', { name })}
          checked={attendance.present}
          onChange={(event) => void run(() => repository.setPresent(attendance.id, event.target.checked))}
        />
        <label htmlFor={presentId}>{t('role.present')}</label>
      </span>
      <button
        type="button"
        className="quiet danger-text"
        aria-label={t('participants.remove', { name })}
        onClick={() => void run(() => repository.remove(attendance.id))}
      >
        {t('action.remove')}
      </button>
    </li>
  );
}
