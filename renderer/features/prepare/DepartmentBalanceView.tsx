/** How many people of each department are present, and a plain warning when a joint side is missing. */
import { useId } from 'react';
import { departmentBalance } from '../../domain/departments';
import type { Attendance } from '../../domain/types';
import { usePeople } from '../../data/queries/people';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';

export function DepartmentBalanceView({ attendance }: { attendance: readonly Attendance[] }) {
  const t = useT();
  const people = usePeople();
  const departmentName = useDepartmentName();
  const headingId = useId();
  if (!people) return null;
  const present = attendance.filter((entry) => entry.present);
  const departments = present.flatMap((entry) => {
    const person = people.find((candidate) => candidate.id === entry.personId);
    return person ? [person.departmentId] : [];
  });
  const balance = departmentBalance(departments);

  return (
    <div className="balance" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('participants.balance')}</h3>
      <ul className="balance-list">
        {[...balance.counts].map(([id, count]) => (
          <li key={id}>
            <span className={`balance-dot dept-${id}`} aria-hidden="true" />
            {departmentName(id)}: <strong>{count}</strong>
          </li>
        ))}
      </ul>
      {balance.missingSales && <p className="warning">{t('participants.missingSales')}</p>}
      {balance.missingMarketing && <p className="warning">{t('participants.missingMarketing')}</p>}
    </div>
  );
}
