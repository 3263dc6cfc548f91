/** Chooses who among the participants holds a single role: the facilitator or the minute-taker. */
import { useId } from 'react';
import type { Attendance, AttendanceRole } from '../../domain/types';
import { usePeople } from '../../data/queries/people';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';

interface RoleHolderSelectProps {
  role: AttendanceRole;
  label: string;
  attendance: readonly Attendance[];
  holder: Attendance | undefined;
}

export function RoleHolderSelect({ role, label, attendance, holder }: RoleHolderSelectProps) {
  const t = useT();
  const id = useId();
  const people = usePeople();
  const { attendance: repository } = useWorkspace();
  const { run } = useWrite();
  const nameOf = (personId: string) => people?.find((person) => person.id === personId)?.name ?? '…';

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select
        id={id}
        value={holder?.id ?? ''}
        onChange={(event) => {
          if (event.target.value !== '') void run(() => repository.setRole(event.target.value, role));
          else if (holder) void run(() => repository.setRole(holder.id, 'participant'));
        }}
      >
        <option value="">{t('details.nobody')}</option>
        {attendance.map((entry) => (
          <option key={entry.id} value={entry.id}>
            {nameOf(entry.personId)}
          </option>
        ))}
      </select>
    </div>
  );
}
