/**
 * The Meetings screen: search, the list in three groups (running, upcoming soonest first, past newest
 * first), and the dialogs to create, rename and delete.
 */
import { useId } from 'react';
import { localDateOf } from '../../domain/calendar';
import { groupMeetings, listMeetings, type MeetingGroups } from '../../domain/meetings';
import { seriesPlaces } from '../../domain/series';
import type { Id, Meeting } from '../../domain/types';
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
  // One date for the whole list: a planned meeting before it is past and was not held.
  const today = localDateOf(new Date());
  const groups = groupMeetings(shown, today);
  const places = seriesPlaces(all);
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
      <MeetingGroupList group="running" meetings={groups.running} places={places} today={today} />
      <MeetingGroupList group="upcoming" meetings={groups.upcoming} places={places} today={today} />
      <MeetingGroupList group="past" meetings={groups.past} places={places} today={today} />
    </>
  );
}

interface MeetingGroupListProps {
  group: keyof MeetingGroups;
  meetings: readonly Meeting[];
  places: ReadonlyMap<Id, number>;
  today: string;
}

/** One group of the list under its heading; nothing when the group is empty. */
function MeetingGroupList({ group, meetings, places, today }: MeetingGroupListProps) {
  const t = useT();
  const headingId = useId();
  if (meetings.length === 0) return null;
  return (
    <section className="meeting-group" aria-labelledby={headingId}>
      <h2 id={headingId} className="meeting-group-heading">
        {t(`meetings.group.${group}`)} <span className="muted">{meetings.length}</span>
      </h2>
      <ul className="meeting-list" aria-labelledby={headingId}>
        {meetings.map((meeting) => (
          <MeetingRow key={meeting.id} meeting={meeting} place={places.get(meeting.id)} today={today} />
        ))}
      </ul>
    </section>
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
