/** One meeting in the list: title, when it takes place, the minutes' language, and its actions. */
import { hrefOf } from '../../navigation/router';
import type { Meeting } from '../../domain/types';
import { formatDate, formatTime } from '../../i18n/format';
import { languageName } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';

export function MeetingRow({ meeting }: { meeting: Meeting }) {
  const t = useT();
  const language = useLanguage();
  const openDialog = useMeetingsUi((state) => state.openDialog);
  const when = t('meetings.startsAt', {
    date: formatDate(language, meeting.date),
    time: formatTime(language, meeting.startTime),
  });

  return (
    <li className="meeting-row">
      <div className="meeting-main">
        <a className="meeting-title" href={hrefOf({ name: 'prepare', meetingId: meeting.id })}>
          {meeting.title}
        </a>
        <span className="meeting-meta">
          <time dateTime={`${meeting.date}T${meeting.startTime}`}>{when}</time>
          <span className={`status status-${meeting.status}`}>{t(`meeting.status.${meeting.status}`)}</span>
          <span>{t('meetings.minutesIn', { language: languageName(meeting.language) })}</span>
        </span>
      </div>
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t('meetings.renameFor', { title: meeting.title })}
          onClick={() => openDialog({ kind: 'rename', meetingId: meeting.id })}
        >
          {t('action.rename')}
        </button>
        <button
          type="button"
          className="quiet danger-text"
          aria-label={t('meetings.deleteFor', { title: meeting.title })}
          onClick={() => openDialog({ kind: 'delete', meetingId: meeting.id })}
        >
          {t('action.delete')}
        </button>
      </div>
    </li>
  );
}
