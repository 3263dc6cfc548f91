/** The Meetings screen: search, the list (newest first), and the dialogs to create, rename and delete. */
import { useId } from 'react';
import { listMeetings } from '../../domain/meetings';
import type { Meeting } from '../../domain/types';
import { useAllMeetings } from '../../data/queries/meetings';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { useMeetingsUi } from '../../state/meetings-ui';
import { DeleteMeetingDialog } from './DeleteMeetingDialog';
import { RestoreLink } from './RestoreLink';
import { ImportMeetingButton } from './ImportMeetingButton';
import { MeetingRow } from './MeetingRow';
import { NewMeetingDialog } from './NewMeetingDialog';
import { RenameMeetingDialog } from './RenameMeetingDialog';

export function MeetingsScreen() {
  const t = useT();
  const all = useAllMeetings();
  const query = useMeetingsUi((state) => state.query);
  const setQuery = useMeetingsUi((state) => state.setQuery);
  const openDialog = useMeetingsUi((state) => state.openDialog);
  const searchId = useId();
  const headingId = useId();

  return (
    <section className="screen" aria-labelledby={headingId}>
      <div className="screen-header">
        <h1 id={headingId}>{t('meetings.heading')}</h1>
        <div className="header-actions">
          <RestoreLink />
          <ImportMeetingButton />
          <button type="button" className="primary" onClick={() => openDialog({ kind: 'new' })}>
            {t('meetings.new')}
          </button>
        </div>
      </div>
      <div className="search">
        <label htmlFor={searchId}>{t('meetings.search')}</label>
        <input
          id={searchId}
          type="search"
          value={query}
          placeholder={t('meetings.searchPlaceholder')}
          onChange={(event) => setQuery(event.target.value)}
        />
      </div>
      {all === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <MeetingList all={all} query={query} />
      )}
      <MeetingDialogs all={all ?? []} />
    </section>
  );
}

function MeetingList({ all, query }: { all: Meeting[]; query: string }) {
  const t = useT();
  const language = useLanguage();
  const shown = listMeetings(all, query);
  const total = listMeetings(all, '').length;
  if (total === 0) {
    return (
      <div className="empty">
        <p className="empty-title">{t('meetings.empty')}</p>
        <p className="muted">{t('meetings.emptyHint')}</p>
      </div>
    );
  }
  return (
    <>
      <p className="muted list-count">
        {query.trim() === ''
          ? translateCount(language, 'meetings.total', total)
          : t('meetings.shownOfTotal', { shown: shown.length, total })}
      </p>
      {shown.length === 0 && <p className="empty-title">{t('meetings.noMatch', { query: query.trim() })}</p>}
      <ul className="meeting-list" aria-label={t('meetings.heading')}>
        {shown.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} />
        ))}
      </ul>
    </>
  );
}

function MeetingDialogs({ all }: { all: Meeting[] }) {
  const dialog = useMeetingsUi((state) => state.dialog);
  switch (dialog.kind) {
    case 'none':
      return null;
    case 'new':
      return <NewMeetingDialog />;
    case 'rename':
    case 'delete': {
      const meeting = all.find((candidate) => candidate.id === dialog.meetingId);
      if (!meeting) return null;
      return dialog.kind === 'rename' ? (
        <RenameMeetingDialog meeting={meeting} />
      ) : (
        <DeleteMeetingDialog meeting={meeting} />
      );
    }
  }
}
