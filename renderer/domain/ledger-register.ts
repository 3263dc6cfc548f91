/**
 * The Register's third tab: every give-and-get agreement across meetings, one row each with both
 * sides, their owners, the latest verdict of each side and its kept rate, the meeting it came from
 * and its series. Filters compose: side (narrows verdict and owner to that side), verdict (the latest
 * one; "unreviewed" for none yet), status, owner, series and words. The filters live in the address,
 * `#/register/agreements?side=sales&verdict=broken`; reading it is forgiving like the other tabs.
 */
import { LEDGER_SIDES, LEDGER_VERDICTS, keptRate, seriesOfEntry, type KeptRate } from './ledger';
import { matchesQuery } from './text';
import type {
  CalendarDate,
  Id,
  LedgerEntry,
  LedgerReview,
  LedgerSide,
  LedgerStatus,
  LedgerVerdict,
  Meeting,
  Person,
} from './types';

export interface LedgerSideRow {
  gives: string;
  measure: string;
  target?: number;
  unit?: string;
  ownerId?: Id;
  owner?: string;
  /** The verdict of the latest review that gave this side one. */
  lastVerdict?: LedgerVerdict;
  lastFigure?: number;
  kept: KeptRate;
}

export interface LedgerRow {
  id: Id;
  title: string;
  status: LedgerStatus;
  period: string;
  startDate: CalendarDate;
  reviewDate?: CalendarDate;
  meetingId: Id;
  meetingTitle: string;
  meetingDate: CalendarDate;
  seriesId: Id;
  /** The title of the meeting that started the series. */
  seriesTitle: string;
  /** Meetings that reviewed it. */
  reviews: number;
  marketing: LedgerSideRow;
  sales: LedgerSideRow;
}

/** The rows of every live agreement, newest start first. */
export function ledgerRows(
  entries: readonly LedgerEntry[],
  reviews: readonly LedgerReview[],
  meetings: readonly Meeting[],
  people: readonly Person[],
): LedgerRow[] {
  const meetingById = new Map(meetings.map((m) => [m.id, m]));
  const personById = new Map(people.map((p) => [p.id, p.name]));
  const live = reviews.filter((review) => review.deletedAt === undefined);
  const dateOf = (review: LedgerReview) => {
    const meeting = meetingById.get(review.meetingId);
    return meeting ? `${meeting.date}T${meeting.startTime}` : review.createdAt;
  };
  return entries
    .filter((entry) => entry.deletedAt === undefined)
    .map((entry) => {
      const own = live
        .filter((review) => review.entryId === entry.id)
        .sort((a, b) => dateOf(b).localeCompare(dateOf(a)));
      const meeting = meetingById.get(entry.meetingId);
      const seriesId = seriesOfEntry(entry);
      const side = (name: LedgerSide): LedgerSideRow => {
        const commitment = entry[name];
        const last = own.find((review) => review[name].verdict !== undefined)?.[name];
        const owner = commitment.ownerPersonId ? personById.get(commitment.ownerPersonId) : undefined;
        return {
          gives: commitment.gives,
          measure: commitment.measure,
          ...(commitment.target === undefined ? {} : { target: commitment.target }),
          ...(commitment.unit === undefined ? {} : { unit: commitment.unit }),
          ...(commitment.ownerPersonId === undefined ? {} : { ownerId: commitment.ownerPersonId }),
          ...(owner === undefined ? {} : { owner }),
          ...(last?.verdict === undefined ? {} : { lastVerdict: last.verdict }),
          ...(last?.figure === undefined ? {} : { lastFigure: last.figure }),
          kept: keptRate(own, name),
        };
      };
      return {
        id: entry.id,
        title: entry.title,
        status: entry.status,
        period: entry.period,
        startDate: entry.startDate,
        ...(entry.reviewDate === undefined ? {} : { reviewDate: entry.reviewDate }),
        meetingId: entry.meetingId,
        meetingTitle: meeting?.title ?? '',
        meetingDate: meeting?.date ?? '',
        seriesId,
        seriesTitle: meetingById.get(seriesId)?.title ?? meeting?.title ?? '',
        reviews: own.length,
        marketing: side('marketing'),
        sales: side('sales'),
      };
    })
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || a.title.localeCompare(b.title));
}

export type VerdictFilter = LedgerVerdict | 'unreviewed' | '';

export interface LedgerFilter {
  query: string;
  side: LedgerSide | '';
  verdict: VerdictFilter;
  status: LedgerStatus | '';
  ownerId: Id;
  seriesId: Id;
}

export const NO_LEDGER_FILTER: LedgerFilter = {
  query: '',
  side: '',
  verdict: '',
  status: '',
  ownerId: '',
  seriesId: '',
};

/** The rows the filter keeps, in their order. */
export function filterLedgerRows(rows: readonly LedgerRow[], filter: LedgerFilter): LedgerRow[] {
  const sides = filter.side === '' ? LEDGER_SIDES : [filter.side];
  return rows.filter((row) => {
    if (filter.status !== '' && row.status !== filter.status) return false;
    if (filter.seriesId !== '' && row.seriesId !== filter.seriesId) return false;
    if (filter.ownerId !== '' && !sides.some((side) => row[side].ownerId === filter.ownerId)) return false;
    if (filter.verdict !== '') {
      const wanted = filter.verdict === 'unreviewed' ? undefined : filter.verdict;
      if (!sides.some((side) => row[side].lastVerdict === wanted)) return false;
    }
    const text = [
      row.title,
      row.period,
      row.marketing.gives,
      row.marketing.measure,
      row.sales.gives,
      row.sales.measure,
    ].join(' ');
    return matchesQuery(text, filter.query);
  });
}

const MAX_VALUE = 200;

/** The query string (without "?") of the filter; only what narrows is written. */
export function ledgerQueryOf(filter: LedgerFilter): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string) => {
    if (value.trim() !== '') params.set(key, value);
  };
  put('q', filter.query);
  put('side', filter.side);
  put('verdict', filter.verdict);
  put('status', filter.status);
  put('owner', filter.ownerId);
  put('series', filter.seriesId);
  return params.toString();
}

/** The filter a query string asks for; what cannot be is ignored. */
export function ledgerFilterOf(query: string): LedgerFilter {
  const params = new URLSearchParams(query);
  const get = (key: string) => {
    const value = params.get(key) ?? '';
    return value.length <= MAX_VALUE ? value : '';
  };
  const side = get('side');
  const verdict = get('verdict');
  const status = get('status');
  return {
    query: get('q'),
    side: LEDGER_SIDES.find((s) => s === side) ?? '',
    verdict: verdict === 'unreviewed' ? 'unreviewed' : (LEDGER_VERDICTS.find((v) => v === verdict) ?? ''),
    status: status === 'active' || status === 'ended' ? status : '',
    ownerId: get('owner'),
    seriesId: get('series'),
  };
}

/** Owners and series the rows name, for the filter's choices. */
export function ledgerOptions(rows: readonly LedgerRow[]) {
  const owners = new Map<Id, string>();
  const series = new Map<Id, string>();
  for (const row of rows) {
    for (const side of LEDGER_SIDES) {
      const { ownerId, owner } = row[side];
      if (ownerId !== undefined) owners.set(ownerId, owner ?? ownerId);
    }
    series.set(row.seriesId, row.seriesTitle);
  }
  const sorted = (map: Map<Id, string>) =>
    [...map].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  return { owners: sorted(owners), series: sorted(series) };
}
