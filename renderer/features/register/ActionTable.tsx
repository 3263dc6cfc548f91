/**
 * The action items of the register as a table. An open item past its due date is marked
 * "Overdue" in words (and styled), relative to `today`.
 */
import { memo } from 'react';
import { formatNumber } from '../../domain/decisions';
import { isOverdue, type ActionEntry } from '../../domain/register';
import type { CalendarDate } from '../../domain/types';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { hrefOf } from '../../navigation/router';
import { ShowMore, usePage } from './paging';

export function ActionTable({ entries, today }: { entries: readonly ActionEntry[]; today: CalendarDate }) {
  const t = useT();
  const { shown, remaining, showMore } = usePage(entries);
  return (
    <>
      <table className="register-table">
        <thead>
          <tr>
            <th scope="col">{t('actions.what')}</th>
            <th scope="col">{t('actions.owner')}</th>
            <th scope="col">{t('actions.dueDate')}</th>
            <th scope="col">{t('actions.channel')}</th>
            <th scope="col">{t('register.column.status')}</th>
            <th scope="col">{t('register.column.meeting')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <ActionRow key={entry.row.id} entry={entry} overdue={isOverdue(entry.row, today)} />
          ))}
        </tbody>
      </table>
      <ShowMore remaining={remaining} onClick={showMore} />
    </>
  );
}

const ActionRow = memo(function ActionRow({ entry, overdue }: { entry: ActionEntry; overdue: boolean }) {
  const t = useT();
  const language = useLanguage();
  const { row } = entry;
  return (
    <tr className={overdue ? 'register-row register-overdue' : 'register-row'}>
      <th scope="row" className="register-what">
        {row.what}
        {row.decisionNumber !== undefined && (
          <span className="register-sub">
            {t('register.forDecision', { number: formatNumber(row.decisionNumber) })}
          </span>
        )}
      </th>
      <td>{row.owner ?? ''}</td>
      <td className="register-date">
        {row.dueDate ? formatDate(language, row.dueDate) : ''}
        {overdue && <strong className="register-overdue-badge">{t('register.overdue')}</strong>}
      </td>
      <td>{row.channel ? t(`actions.channel.${row.channel}`) : ''}</td>
      <td>{t(`actions.status.${row.status}`)}</td>
      <td>
        <a href={hrefOf({ name: 'prepare', meetingId: entry.meetingId })}>{row.meetingTitle}</a>
        <span className="register-sub">{formatDate(language, row.meetingDate)}</span>
      </td>
    </tr>
  );
});
