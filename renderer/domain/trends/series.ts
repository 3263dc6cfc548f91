/** The series a Trends screen can show, for its picker and the links from the Meetings list. Pure. */
import { seriesIdOf } from '../series';
import type { Id, Meeting } from '../types';

export interface TrendSeriesChoice {
  seriesId: Id;
  /** The title of its latest meeting. */
  title: string;
  meetings: number;
}

/** Every series (meetings that carry a series id), its latest title, most recently met first. */
export function seriesChoices(meetings: readonly Meeting[]): TrendSeriesChoice[] {
  const groups = new Map<Id, Meeting[]>();
  for (const meeting of meetings) {
    if (meeting.deletedAt !== undefined || meeting.seriesId === undefined) continue;
    const id = seriesIdOf(meeting);
    groups.set(id, [...(groups.get(id) ?? []), meeting]);
  }
  return [...groups.entries()]
    .map(([seriesId, members]) => {
      const latest = members.reduce((a, b) => (b.date > a.date ? b : a));
      return { seriesId, title: latest.title, meetings: members.length, latest: latest.date };
    })
    .sort((a, b) => b.latest.localeCompare(a.latest) || a.title.localeCompare(b.title))
    .map(({ seriesId, title, meetings: count }) => ({ seriesId, title, meetings: count }));
}
