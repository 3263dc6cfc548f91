/**
 * The give-and-get ledger (issue 17): two-sided agreements between Marketing and Sales, reviewed at
 * every later meeting of their series. Pure rules: the clock and the id source are parameters.
 *
 * Carry-over model. An agreement is not copied from meeting to meeting like an action item: it
 * belongs to its series. A meeting lists for review every active agreement of its series that an
 * earlier meeting agreed, plus any it has already reviewed (so a review stays visible after the
 * agreement ends). An agreement a meeting did not review is therefore simply listed again at the
 * next one, with the date it was last reviewed; carrying it "twice" cannot change anything because
 * nothing is copied. A review is one record per agreement and meeting.
 */
import { isCalendarDate } from './calendar';
import { LIMITS } from './limits';
import { cleanLine, foldForSearch } from './text';
import type {
  CalendarDate,
  Id,
  LedgerCommitment,
  LedgerEntry,
  LedgerReview,
  LedgerSide,
  LedgerSideReview,
  LedgerVerdict,
  Meeting,
  Timestamp,
} from './types';

export const LEDGER_SIDES: readonly LedgerSide[] = ['marketing', 'sales'];
export const LEDGER_VERDICTS: readonly LedgerVerdict[] = ['kept', 'partly', 'broken'];

interface Context {
  now: Timestamp;
  newId: () => Id;
}

/** The title of the agenda block that reviews the agreements, in both languages. */
export const LEDGER_REVIEW_TITLES = { en: 'Review agreements', de: 'Vereinbarungen prüfen' } as const;

/**
 * True for the agenda item that reviews the agreements: its title is the block's title in either
 * language (case and accents aside), as Prepare and the built-in templates write it.
 */
export function isLedgerReviewItem(item: { title: string }): boolean {
  const title = foldForSearch(cleanLine(item.title));
  return Object.values(LEDGER_REVIEW_TITLES).some((known) => foldForSearch(known) === title);
}

/** What the agreement form collects for one side. Empty strings mean "not given". */
export interface CommitmentDraft {
  gives: string;
  measure: string;
  target: string;
  unit: string;
  ownerPersonId: Id | '';
}

export interface LedgerDraft {
  title: string;
  marketing: CommitmentDraft;
  sales: CommitmentDraft;
  period: string;
  startDate: string;
  reviewDate: string;
  decisionId: Id | '';
}

export type LedgerField =
  | 'title'
  | 'period'
  | 'startDate'
  | 'reviewDate'
  | `${LedgerSide}.gives`
  | `${LedgerSide}.measure`
  | `${LedgerSide}.target`
  | `${LedgerSide}.unit`;

export type LedgerErrorCode =
  'empty' | 'too-long' | 'not-a-number' | 'out-of-range' | 'not-a-date' | 'before-start';

export interface LedgerFieldError {
  field: LedgerField;
  code: LedgerErrorCode;
}

/** The checked fields of an agreement, ready to store. */
export interface CheckedLedger {
  title: string;
  marketing: LedgerCommitment;
  sales: LedgerCommitment;
  period: string;
  startDate: CalendarDate;
  reviewDate?: CalendarDate;
  decisionId?: Id;
}

export type LedgerCheck = { ok: true; value: CheckedLedger } | { ok: false; errors: LedgerFieldError[] };

/** A number as people type it: "300", "1.5", "1,5" (German decimal comma). Undefined when it is none. */
export function parseFigure(text: string): number | undefined {
  const cleaned = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(cleaned)) return undefined;
  return Number(cleaned);
}

function figureInRange(value: number): boolean {
  return value >= LIMITS.ledger.figure.min && value <= LIMITS.ledger.figure.max;
}

function checkText(
  errors: LedgerFieldError[],
  field: LedgerField,
  text: string,
  max: number,
  required: boolean,
): string {
  const value = cleanLine(text);
  if (required && value === '') errors.push({ field, code: 'empty' });
  else if (value.length > max) errors.push({ field, code: 'too-long' });
  return value;
}

function checkCommitment(
  errors: LedgerFieldError[],
  side: LedgerSide,
  draft: CommitmentDraft,
): LedgerCommitment {
  const gives = checkText(errors, `${side}.gives`, draft.gives, LIMITS.ledger.gives, true);
  const measure = checkText(errors, `${side}.measure`, draft.measure, LIMITS.ledger.measure, false);
  const unit = checkText(errors, `${side}.unit`, draft.unit, LIMITS.ledger.unit, false);
  const commitment: LedgerCommitment = { gives, measure };
  if (draft.target.trim() !== '') {
    const target = parseFigure(draft.target);
    if (target === undefined) errors.push({ field: `${side}.target`, code: 'not-a-number' });
    else if (!figureInRange(target)) errors.push({ field: `${side}.target`, code: 'out-of-range' });
    else commitment.target = target;
  }
  if (unit !== '') commitment.unit = unit;
  if (draft.ownerPersonId !== '') commitment.ownerPersonId = draft.ownerPersonId;
  return commitment;
}

/** Checks every field of a draft and reports all problems at once. */
export function checkLedgerDraft(draft: LedgerDraft): LedgerCheck {
  const errors: LedgerFieldError[] = [];
  const title = checkText(errors, 'title', draft.title, LIMITS.ledger.title, true);
  const marketing = checkCommitment(errors, 'marketing', draft.marketing);
  const sales = checkCommitment(errors, 'sales', draft.sales);
  const period = checkText(errors, 'period', draft.period, LIMITS.ledger.period, false);
  const startDate = draft.startDate.trim();
  const reviewDate = draft.reviewDate.trim();
  if (!isCalendarDate(startDate)) errors.push({ field: 'startDate', code: 'not-a-date' });
  if (reviewDate !== '') {
    if (!isCalendarDate(reviewDate)) errors.push({ field: 'reviewDate', code: 'not-a-date' });
    else if (isCalendarDate(startDate) && reviewDate < startDate)
      errors.push({ field: 'reviewDate', code: 'before-start' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedLedger = { title, marketing, sales, period, startDate };
  if (reviewDate !== '') value.reviewDate = reviewDate;
  if (draft.decisionId !== '') value.decisionId = draft.decisionId;
  return { ok: true, value };
}

function emptyCommitmentDraft(): CommitmentDraft {
  return { gives: '', measure: '', target: '', unit: '', ownerPersonId: '' };
}

/** An empty form, starting on the given day. */
export function emptyLedgerDraft(startDate: CalendarDate, decisionId: Id | '' = ''): LedgerDraft {
  return {
    title: '',
    marketing: emptyCommitmentDraft(),
    sales: emptyCommitmentDraft(),
    period: '',
    startDate,
    reviewDate: '',
    decisionId,
  };
}

function commitmentDraftOf(commitment: LedgerCommitment): CommitmentDraft {
  return {
    gives: commitment.gives,
    measure: commitment.measure,
    target: commitment.target === undefined ? '' : String(commitment.target),
    unit: commitment.unit ?? '',
    ownerPersonId: commitment.ownerPersonId ?? '',
  };
}

/** The form filled with a stored agreement, for editing. */
export function draftOfEntry(entry: LedgerEntry): LedgerDraft {
  return {
    title: entry.title,
    marketing: commitmentDraftOf(entry.marketing),
    sales: commitmentDraftOf(entry.sales),
    period: entry.period,
    startDate: entry.startDate,
    reviewDate: entry.reviewDate ?? '',
    decisionId: entry.decisionId ?? '',
  };
}

/** A new active agreement of the meeting's series. */
export function newLedgerEntry(
  meeting: Pick<Meeting, 'id' | 'seriesId'>,
  checked: CheckedLedger,
  context: Context,
): LedgerEntry {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    meetingId: meeting.id,
    seriesId: meeting.seriesId ?? meeting.id,
    ...checked,
    status: 'active',
  };
}

/** The entry with the edited fields; status, origin and ids stay. */
export function withLedgerEdits(entry: LedgerEntry, checked: CheckedLedger, now: Timestamp): LedgerEntry {
  const { reviewDate: _r, decisionId: _d, ...kept } = entry;
  return { ...kept, ...checked, updatedAt: now };
}

/** The series an agreement belongs to: the one stored, or the series its meeting started. */
export function seriesOfEntry(entry: Pick<LedgerEntry, 'seriesId' | 'meetingId'>): Id {
  return entry.seriesId ?? entry.meetingId;
}

// ---- Reviews ---------------------------------------------------------------------------------

/** One side counts as reviewed once it has a verdict; a note or figure alone does not. */
export function isSideReviewed(side: LedgerSideReview | undefined): boolean {
  return side?.verdict !== undefined;
}

/** How far an agreement was reviewed at one meeting. */
export type ReviewState = 'unreviewed' | 'partial' | 'reviewed';

/** Reviewed when both sides have a verdict; partial when only one has. */
export function reviewState(review: LedgerReview | undefined): ReviewState {
  if (!review || review.deletedAt !== undefined) return 'unreviewed';
  const sides = LEDGER_SIDES.filter((side) => isSideReviewed(review[side])).length;
  return sides === 2 ? 'reviewed' : sides === 1 ? 'partial' : 'unreviewed';
}

export type SideReviewDraft = { verdict: LedgerVerdict | ''; note: string; figure: string };

export type SideReviewCheck =
  | { ok: true; value: LedgerSideReview }
  | { ok: false; errors: Array<{ field: 'note' | 'figure'; code: LedgerErrorCode }> };

/** Checks one side's review: the note's length and, when given, the figure reached. */
export function checkSideReview(draft: SideReviewDraft): SideReviewCheck {
  const errors: Array<{ field: 'note' | 'figure'; code: LedgerErrorCode }> = [];
  const note = draft.note.trim();
  if (note.length > LIMITS.ledger.note) errors.push({ field: 'note', code: 'too-long' });
  let figure: number | undefined;
  if (draft.figure.trim() !== '') {
    figure = parseFigure(draft.figure);
    if (figure === undefined) errors.push({ field: 'figure', code: 'not-a-number' });
    else if (!figureInRange(figure)) errors.push({ field: 'figure', code: 'out-of-range' });
  }
  if (errors.length > 0) return { ok: false, errors };
  const value: LedgerSideReview = { note };
  if (draft.verdict !== '') value.verdict = draft.verdict;
  if (figure !== undefined) value.figure = figure;
  return { ok: true, value };
}

/**
 * The review of `entryId` at `meetingId` with one side replaced: the existing record updated, or a
 * new one (the other side empty) when the meeting had not reviewed it yet.
 */
export function withSideReview(
  existing: LedgerReview | undefined,
  entryId: Id,
  meetingId: Id,
  side: LedgerSide,
  value: LedgerSideReview,
  context: Context,
): LedgerReview {
  const base: LedgerReview = existing ?? {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    entryId,
    meetingId,
    marketing: { note: '' },
    sales: { note: '' },
  };
  const { deletedAt: _deleted, ...live } = base;
  return { ...live, [side]: value, updatedAt: context.now };
}

/** Share of a side's reviews that were kept, with the counts; undefined rate when none was reviewed. */
export interface KeptRate {
  kept: number;
  partly: number;
  broken: number;
  reviewed: number;
  /** kept / reviewed, 0..1. A "partly" counts as not kept. */
  rate: number | undefined;
}

/** The kept rate of one side over the given reviews (deleted ones left out). */
export function keptRate(reviews: readonly LedgerReview[], side: LedgerSide): KeptRate {
  const tally = { kept: 0, partly: 0, broken: 0 };
  for (const review of reviews) {
    if (review.deletedAt !== undefined) continue;
    const verdict = review[side].verdict;
    if (verdict) tally[verdict] += 1;
  }
  const reviewed = tally.kept + tally.partly + tally.broken;
  return { ...tally, reviewed, rate: reviewed === 0 ? undefined : tally.kept / reviewed };
}

// ---- Which agreements a meeting reviews ---------------------------------------------------------

/** Start instant as text, which sorts in time order (see compareMeetingsNewestFirst). */
function startOf(meeting: Pick<Meeting, 'date' | 'startTime'>): string {
  return `${meeting.date}T${meeting.startTime}`;
}

/** One agreement as a meeting reviews it. */
export interface AgreementUnderReview {
  entry: LedgerEntry;
  /** This meeting's review, if it has one. */
  review: LedgerReview | undefined;
  state: ReviewState;
  /** The latest review at an earlier meeting, and that meeting's date. */
  lastReview: { review: LedgerReview; date: CalendarDate } | undefined;
}

/**
 * The agreements `meeting` reviews: every live, active agreement of its series agreed at an earlier
 * meeting, plus any it already reviewed (even one since ended), oldest first. The `meetings` are
 * those of the series (to date the origins and earlier reviews); agreements whose origin meeting is
 * unknown or deleted count as earlier when created before this meeting started.
 */
export function agreementsForReview(
  meeting: Meeting,
  meetings: readonly Meeting[],
  entries: readonly LedgerEntry[],
  reviews: readonly LedgerReview[],
): AgreementUnderReview[] {
  const series = meeting.seriesId ?? meeting.id;
  const byId = new Map(meetings.map((m) => [m.id, m]));
  const here = startOf(meeting);
  const liveReviews = reviews.filter((review) => review.deletedAt === undefined);
  const reviewedHere = new Map(
    liveReviews.filter((review) => review.meetingId === meeting.id).map((review) => [review.entryId, review]),
  );
  const isEarlier = (entry: LedgerEntry) => {
    if (entry.meetingId === meeting.id) return false;
    const origin = byId.get(entry.meetingId);
    return origin ? startOf(origin) <= here : entry.createdAt <= (meeting.startedAt ?? meeting.createdAt);
  };
  return entries
    .filter((entry) => entry.deletedAt === undefined && seriesOfEntry(entry) === series)
    .filter((entry) => reviewedHere.has(entry.id) || (entry.status === 'active' && isEarlier(entry)))
    .sort((a, b) => a.startDate.localeCompare(b.startDate) || a.createdAt.localeCompare(b.createdAt))
    .map((entry) => {
      const review = reviewedHere.get(entry.id);
      const earlier = liveReviews
        .filter((other) => other.entryId === entry.id && other.meetingId !== meeting.id)
        .flatMap((other) => {
          const at = byId.get(other.meetingId);
          return at && startOf(at) < here ? [{ review: other, date: at.date, start: startOf(at) }] : [];
        })
        .sort((a, b) => b.start.localeCompare(a.start));
      const last = earlier[0];
      return {
        entry,
        review,
        state: reviewState(review),
        lastReview: last ? { review: last.review, date: last.date } : undefined,
      };
    });
}

/** How many agreements the meeting still has to review in full. */
export function openReviewCount(list: readonly AgreementUnderReview[]): number {
  return list.filter((item) => item.state !== 'reviewed').length;
}

/**
 * Prepare offers the review block when the meeting has agreements to review and its agenda does not
 * hold the block yet.
 */
export function offersReviewBlock(
  list: readonly AgreementUnderReview[],
  agenda: ReadonlyArray<{ title: string; deletedAt?: Timestamp }>,
): boolean {
  return list.length > 0 && !agenda.some((item) => item.deletedAt === undefined && isLedgerReviewItem(item));
}

/** An agreement ends (no more reviews); ending twice keeps the first moment. */
export function endedEntry(entry: LedgerEntry, now: Timestamp): LedgerEntry {
  if (entry.status === 'ended') return entry;
  return { ...entry, status: 'ended', endedAt: now, updatedAt: now };
}
