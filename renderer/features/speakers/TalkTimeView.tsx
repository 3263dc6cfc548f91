/**
 * Talk time of the meeting: the Marketing–Sales balance as text and as a bar (the bar is only a
 * picture of the text, hidden from assistive technology), and a table of time per person.
 */
import {
  formatTalkTime,
  speakingBalance,
  talkTimeByDepartment,
  talkTimeByPerson,
} from '../../domain/speakers';
import type { DepartmentId, Id, Person, SpeakerTurn, Timestamp } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';

interface TalkTimeViewProps {
  turns: readonly SpeakerTurn[];
  people: readonly Person[];
  now: Timestamp;
}

export function TalkTimeView({ turns, people, now }: TalkTimeViewProps) {
  const t = useT();
  const departmentName = useDepartmentName();
  const personOf = (id: Id) => people.find((person) => person.id === id);
  const departmentOf = (id: Id): DepartmentId | undefined => personOf(id)?.departmentId;
  const balance = speakingBalance(talkTimeByDepartment(turns, departmentOf, now));
  const byPerson = [...talkTimeByPerson(turns, now)].sort((a, b) => b[1] - a[1]);
  const share = balance.marketingShare;

  return (
    <div className="talk-time">
      <h3>{t('speakers.balance')}</h3>
      <p className="talk-balance-text">
        {share === undefined
          ? t('speakers.balanceNone')
          : t('speakers.balanceText', {
              marketing: formatTalkTime(balance.marketingMs),
              sales: formatTalkTime(balance.salesMs),
            })}
      </p>
      {share !== undefined && (
        <div className="talk-balance-bar" aria-hidden="true">
          <span className="marketing" style={{ width: `${share * 100}%` }} />
          <span className="sales" style={{ width: `${(1 - share) * 100}%` }} />
        </div>
      )}
      {byPerson.length > 0 && (
        <table className="talk-time-table">
          <caption>{t('speakers.talkTime')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('speakers.person')}</th>
              <th scope="col">{t('speakers.department')}</th>
              <th scope="col">{t('speakers.time')}</th>
            </tr>
          </thead>
          <tbody>
            {byPerson.map(([personId, ms]) => {
              const person = personOf(personId);
              return (
                <tr key={personId}>
                  <th scope="row">{person?.name ?? t('speakers.unknownPerson')}</th>
                  <td>{person ? departmentName(person.departmentId) : ''}</td>
                  <td>{formatTalkTime(ms)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
