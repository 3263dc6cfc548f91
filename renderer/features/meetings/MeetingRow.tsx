/**
 * One meeting in the list: title, its place in a series, when it takes place, its status (or that
 * its date passed without it being held), the minutes' language, and its actions.
 */
import { hrefOf } from '../../navigation/router';
import { isPassedNotHeld } from '../../domain/meetings';
import type { Meeting } from '../../domain/types';
import { formatDate, formatTime } from '../../i18n/format';
import { languageName } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';

interface MeetingRowProps {
  meeting: Meeting;
  /** Its place in its series (1 for the first), if it belongs to one. */
  place: number | undefined;
  /** Today's date, to tell a meeting that was never held. */
  today: string;
}

export function MeetingRow({ meeting, place, today }: MeetingRowProps) {
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
          {place !== undefined && (
            <span className="series-place">{t('meetings.seriesPlace', { place })}</span>
          )}
          {meeting.seriesId !== undefined && (
            <a
              href={hrefOf({ name: 'trends', seriesId: meeting.seriesId })}
              aria-label={t('trends.openFor', { title: meeting.title })}
            >
              {t('trends.open')}
            </a>
          )}
          {isPassedNotHeld(meeting, today) ? (
            <span className="status status-not-held">{t('meetings.passedNotHeld')}</span>
          ) : (
            <span className={`status status-${meeting.status}`}>{t(`meeting.status.${meeting.status}`)}</span>
          )}
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
