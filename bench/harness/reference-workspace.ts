/**
 * The benchmark's reference workspace, generated from a fixed random seed: the same ids, texts and
 * dates on every run and every machine. Each meeting is a `tandem.meeting` exchange file, so the
 * bench page writes it through the app's own import (parse, check, one transaction), and a record
 * the app would refuse can never reach the benchmark.
 */
import { CONTENT_CATEGORIES, RELATIONSHIP_CATEGORIES } from '../../renderer/domain/conflicts';
import { EXCHANGE_VERSION, MEETING_FORMAT, type MeetingFile } from '../../renderer/domain/exchange/schemas';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  CascadeResponse,
  ConflictPoint,
  Decision,
  LedgerEntry,
  LedgerReview,
  LedgerVerdict,
  Meeting,
  Person,
} from '../../renderer/domain/types';

/** How big the workspace is: the full benchmark uses `FULL_SIZE`, CI a small one. */
export interface WorkspaceSize {
  meetings: number;
  people: number;
  /** How many of the other meetings form one series (the Trends screen's figure is measured on it). */
  series: number;
  /** Give-and-get agreements of that series, each reviewed at every later meeting of it. */
  ledgerEntries: number;
  /** The largest meeting, the one every figure is measured on. */
  largest: {
    participants: number;
    agendaItems: number;
    conflictPoints: number;
    decisions: number;
    actions: number;
  };
  /** Each of the other meetings. */
  other: {
    participants: number;
    agendaItems: number;
    conflictPoints: number;
    decisions: number;
    actions: number;
  };
}

export const FULL_SIZE: WorkspaceSize = {
  meetings: 50,
  people: 400,
  series: 20,
  ledgerEntries: 4,
  largest: { participants: 40, agendaItems: 150, conflictPoints: 5000, decisions: 400, actions: 800 },
  other: { participants: 8, agendaItems: 8, conflictPoints: 30, decisions: 4, actions: 8 },
};

export const CI_SIZE: WorkspaceSize = {
  meetings: 4,
  people: 30,
  series: 3,
  ledgerEntries: 2,
  largest: { participants: 10, agendaItems: 12, conflictPoints: 120, decisions: 15, actions: 25 },
  other: { participants: 5, agendaItems: 4, conflictPoints: 5, decisions: 2, actions: 3 },
};

export const SEED = 20261128;

/** mulberry32: a small, well-mixed 32-bit generator; enough for test data. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'pipeline',
  'campaign',
  'leads',
  'pricing',
  'discount',
  'region',
  'budget',
  'forecast',
  'launch',
  'handover',
  'quota',
  'segment',
  'partner',
  'channel',
  'webinar',
  'trial',
  'renewal',
  'churn',
  'margin',
  'territory',
  'persona',
  'funnel',
  'brief',
  'messaging',
  'target',
  'account',
  'event',
] as const;
const DEPARTMENTS = ['marketing', 'sales', 'product', 'management'] as const;
const POINT_STATUS = ['open', 'open', 'open', 'parked', 'escalated', 'resolved'] as const;
const METHODS = ['consensus', 'consent', 'majority', 'delegated', 'management-call'] as const;
const CHANNELS = ['in-person', 'call', 'email', 'document'] as const;

const BASE = Date.UTC(2026, 0, 5, 8, 0, 0);
const DAY = 86_400_000;

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = generator(seed);
  }
  int(below: number): number {
    return Math.floor(this.next() * below);
  }
  pick<T>(list: readonly T[]): T {
    return list[this.int(list.length)] as T;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  id(): string {
    const hex = () => this.int(0x10000).toString(16).padStart(4, '0');
    return `${hex()}${hex()}-${hex()}-4${hex().slice(1)}-a${hex().slice(1)}-${hex()}${hex()}${hex()}`;
  }
  sentence(words: number): string {
    const text = Array.from({ length: words }, () => this.pick(WORDS)).join(' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

const iso = (ms: number) => new Date(ms).toISOString();
const dateOf = (ms: number) => iso(ms).slice(0, 10);

/**
 * What the meeting file does not carry (yet): the series links (an import leaves out links to
 * meetings outside the file), give-and-get agreements with their reviews, and the units' responses
 * to the series' decisions scoped to them (issue 17). The bench page writes these rows directly.
 */
export interface FollowThrough {
  seriesId: string;
  series: { meetingId: string; seriesId: string; previousMeetingId?: string }[];
  ledgerEntries: LedgerEntry[];
  ledgerReviews: LedgerReview[];
  cascadeResponses: CascadeResponse[];
}

/** The generated workspace: one exchange file per meeting, the largest first. */
export interface ReferenceWorkspace {
  files: MeetingFile[];
  followThrough: FollowThrough;
  largestMeetingId: string;
  /** The active agenda item of the largest (running) meeting. */
  activeAgendaItemId: string;
}

export function referenceWorkspace(size: WorkspaceSize, seed = SEED): ReferenceWorkspace {
  const random = new Random(seed);
  const people: Person[] = Array.from({ length: size.people }, (_, index) => {
    const at = iso(BASE - DAY * 30 + index * 1000);
    return {
      id: random.id(),
      createdAt: at,
      updatedAt: at,
      name: `${random.sentence(1)} Person ${index + 1}`,
      departmentId: index % 2 === 0 ? 'marketing' : 'sales',
      orgUnit: `${index % 2 === 0 ? 'Marketing' : 'Sales'} ${random.pick(['Iberia', 'DACH', 'Nordics', 'Central'])}`,
      archived: false,
    };
  });
  let nextNumber = 1;
  let nextPerson = 0;
  const files: MeetingFile[] = [];
  for (let index = 0; index < size.meetings; index += 1) {
    const counts = index === 0 ? size.largest : size.other;
    // Participants: the largest meeting takes the first ones; the others go round the directory so
    // every person belongs to some meeting (the exchange format carries only people a meeting names).
    const participants = Array.from({ length: counts.participants }, () => {
      const person = people[nextPerson % people.length] as Person;
      nextPerson += 1;
      return person;
    });
    if (index === size.meetings - 1 && nextPerson < people.length)
      participants.push(...people.slice(nextPerson));
    const unique = [...new Map(participants.map((person) => [person.id, person])).values()];
    const file = meetingFile(random, index, counts, unique, nextNumber);
    nextNumber += file.decisions.length;
    files.push(file);
  }
  const largest = files[0] as MeetingFile;
  return {
    files,
    followThrough: followThrough(files.slice(1, 1 + size.series), size, seed),
    largestMeetingId: largest.meeting.id,
    activeAgendaItemId: largest.meeting.activeAgendaItemId ?? '',
  };
}

function meetingFile(
  random: Random,
  index: number,
  counts: WorkspaceSize['largest'],
  participants: Person[],
  firstNumber: number,
): MeetingFile {
  const running = index === 0;
  const day = BASE + DAY * 7 * index;
  const start = day + 3_600_000;
  const at = (offset: number) => iso(start + offset * 1000);
  const meetingId = random.id();
  const personIds = participants.map((person) => person.id);
  const somePerson = () => random.pick(personIds);
  const activeIndex = running ? Math.min(3, counts.agendaItems - 1) : -1;

  const agendaItems: AgendaItem[] = Array.from({ length: counts.agendaItems }, (_, position) => {
    const done = running ? position < activeIndex : true;
    const active = position === activeIndex;
    const itemStart = start + position * 300_000;
    return {
      id: random.id(),
      createdAt: iso(day),
      updatedAt: iso(day),
      meetingId,
      position: position + 1,
      title: `${position + 1}. ${random.sentence(4)}`,
      description: random.sentence(12),
      kind: random.pick(['information', 'discussion', 'decision'] as const),
      presenterIds: [somePerson()],
      timeboxMinutes: 5,
      status: active ? 'active' : done ? 'done' : 'pending',
      ...(done || active ? { actualStart: iso(itemStart) } : {}),
      ...(done ? { actualEnd: iso(itemStart + 270_000) } : {}),
      spans: done
        ? [{ start: iso(itemStart), end: iso(itemStart + 270_000) }]
        : active
          ? [{ start: iso(itemStart) }]
          : [],
      extensions: [],
      notes: random.chance(0.5) ? random.sentence(20) : '',
    };
  });
  const itemIds = agendaItems.map((item) => item.id);
  const meeting: Meeting = {
    id: meetingId,
    createdAt: iso(day - DAY),
    updatedAt: iso(day),
    title: `${running ? 'Quarterly strategy (largest)' : `Joint meeting ${index + 1}`}: ${random.sentence(3)}`,
    goal: random.sentence(15),
    date: dateOf(day),
    startTime: '09:00',
    durationMinutes: Math.max(60, counts.agendaItems * 5),
    location: 'Room 4.12',
    language: index % 3 === 2 ? 'de' : 'en',
    status: running ? 'running' : 'ended',
    groundRules: ['Hard on the problem, soft on the people', 'One voice at a time'],
    startedAt: iso(start),
    ...(running
      ? { activeAgendaItemId: itemIds[activeIndex] }
      : { endedAt: iso(start + counts.agendaItems * 300_000) }),
    definitionIds: [],
  };
  const attendance: Attendance[] = participants.map((person, order) => ({
    id: random.id(),
    createdAt: iso(day),
    updatedAt: iso(day),
    meetingId,
    personId: person.id,
    role:
      order === 0
        ? 'facilitator'
        : order === 1
          ? 'minute-taker'
          : order < 4
            ? 'decision-maker'
            : 'participant',
    present: random.chance(0.9),
  }));
  const conflictPoints = Array.from({ length: counts.conflictPoints }, (_, order): ConflictPoint => {
    const relationship = random.chance(0.3);
    const agendaItemId = running && random.chance(0.4) ? itemIds[activeIndex] : random.pick(itemIds);
    return {
      id: random.id(),
      createdAt: at(order * 2),
      updatedAt: at(order * 2),
      meetingId,
      ...(agendaItemId ? { agendaItemId } : {}),
      statement: random.sentence(10 + random.int(15)),
      level: relationship ? 'relationship' : 'content',
      category: relationship ? random.pick(RELATIONSHIP_CATEGORIES) : random.pick(CONTENT_CATEGORIES),
      raisedByDepartmentId: random.pick(DEPARTMENTS),
      raisedByPersonId: somePerson(),
      positionMarketing: random.chance(0.5) ? random.sentence(8) : '',
      positionSales: random.chance(0.5) ? random.sentence(8) : '',
      status: relationship ? 'open' : random.pick(POINT_STATUS),
      resolution: '',
      private: random.chance(0.05),
    };
  }).map((point) => (point.status === 'resolved' ? { ...point, resolution: random.sentence(8) } : point));
  const decisions: Decision[] = Array.from({ length: counts.decisions }, (_, order) => ({
    id: random.id(),
    createdAt: at(order * 20 + 1),
    updatedAt: at(order * 20 + 1),
    meetingId,
    agendaItemId: random.pick(itemIds),
    number: firstNumber + order,
    statement: random.sentence(12),
    rationale: random.sentence(20),
    alternatives: random.chance(0.5) ? random.sentence(10) : '',
    method: random.pick(METHODS),
    accountablePersonId: somePerson(),
    responsible: [{ kind: 'person', personId: somePerson() }],
    consulted: [{ kind: 'department', departmentId: random.pick(DEPARTMENTS) }],
    informed: [{ kind: 'org-unit', name: 'Sales Iberia' }],
    scope: random.chance(0.5) ? [] : ['DACH'],
    dueDate: dateOf(day + DAY * (30 + random.int(60))),
    reviewDate: dateOf(day + DAY * (90 + random.int(90))),
    status: random.chance(0.9) ? 'decided' : 'proposed',
    settlesConflictIds: [],
    revisitIf: [],
    stanceMarketing: 'agree',
    stanceSales: random.pick(['agree', 'agree-with-reservations'] as const),
  }));
  const actionItems: ActionItem[] = Array.from({ length: counts.actions }, (_, order) => {
    const decision = decisions.length > 0 && random.chance(0.5) ? random.pick(decisions) : undefined;
    return {
      id: random.id(),
      createdAt: at(order * 10 + 3),
      updatedAt: at(order * 10 + 3),
      meetingId,
      what: random.sentence(9),
      ...(random.chance(0.9) ? { ownerPersonId: somePerson() } : {}),
      ...(random.chance(0.9) ? { dueDate: dateOf(day + DAY * (7 + random.int(60))) } : {}),
      channel: random.pick(CHANNELS),
      status: random.chance(0.8) ? 'open' : 'done',
      ...(decision ? { decisionId: decision.id } : {}),
      agendaItemId: random.pick(itemIds),
    };
  });
  const named = new Set([...personIds, ...agendaItems.flatMap((item) => item.presenterIds)]);
  return {
    format: MEETING_FORMAT,
    version: EXCHANGE_VERSION,
    exportedAt: iso(day + DAY),
    meeting,
    attendance,
    people: participants.filter((person) => named.has(person.id)),
    agendaItems,
    conflictPoints,
    decisions,
    actionItems,
    knowledgeItems: [],
    parkingLot: [],
    definitions: [],
    speakerTurns: [],
    votes: [],
    roundEntries: [],
    mirrorRounds: [],
    ledgerEntries: [],
    ledgerReviews: [],
  };
}

const UNITS = ['Sales Iberia', 'Sales Nordics', 'Central Marketing'] as const;
const VERDICTS: readonly LedgerVerdict[] = ['kept', 'kept', 'partly', 'broken'];

/**
 * The series, its agreements and the cascades of its decisions, from a generator of its own so the
 * meetings' records stay what they were. Scopes the first two decisions of each series meeting to
 * three units (in the file, so the import writes them) and answers most units, some late.
 */
function followThrough(series: MeetingFile[], size: WorkspaceSize, seed: number): FollowThrough {
  const random = new Random(seed + 17);
  const first = series[0] as MeetingFile;
  const seriesId = first.meeting.id;
  const dayOf = (file: MeetingFile) => Date.parse(`${file.meeting.date}T08:00:00.000Z`);
  const links = series.map((file, index) => ({
    meetingId: file.meeting.id,
    seriesId,
    ...(index > 0 ? { previousMeetingId: (series[index - 1] as MeetingFile).meeting.id } : {}),
  }));
  const created = iso(dayOf(first));
  const ledgerEntries: LedgerEntry[] = Array.from({ length: size.ledgerEntries }, (_, index) => ({
    id: random.id(),
    createdAt: created,
    updatedAt: created,
    meetingId: seriesId,
    seriesId,
    title: `${random.sentence(3)} agreement ${index + 1}`,
    marketing: {
      gives: random.sentence(6),
      measure: 'leads with score ≥ 60 per month',
      target: 300,
      unit: 'leads',
    },
    sales: { gives: random.sentence(6), measure: 'follow-up within hours', target: 48, unit: 'h' },
    period: 'a month',
    startDate: first.meeting.date,
    status: 'active',
  }));
  const side = () => ({ verdict: random.pick(VERDICTS), note: random.chance(0.3) ? random.sentence(6) : '' });
  const ledgerReviews: LedgerReview[] = series.slice(1).flatMap((file) =>
    ledgerEntries.map((entry) => ({
      id: random.id(),
      createdAt: iso(dayOf(file)),
      updatedAt: iso(dayOf(file)),
      entryId: entry.id,
      meetingId: file.meeting.id,
      marketing: side(),
      sales: side(),
    })),
  );
  const cascadeResponses: CascadeResponse[] = series.flatMap((file) =>
    file.decisions.slice(0, 2).flatMap((decision) => {
      decision.scope = [...UNITS];
      const due = dayOf(file) + DAY * 14;
      return UNITS.map((unit): CascadeResponse => {
        const answered = random.chance(0.8);
        const at = iso(due + DAY * (random.int(10) - 7));
        return {
          id: random.id(),
          createdAt: iso(dayOf(file)),
          updatedAt: answered ? at : iso(dayOf(file)),
          decisionId: decision.id,
          unit,
          dueDate: dateOf(due),
          explanation: '',
          ...(answered
            ? {
                response: random.pick(['adopt', 'adopt', 'adapt', 'object'] as const),
                respondedAt: at,
                source: 'register' as const,
              }
            : {}),
        };
      });
    }),
  );
  return { seriesId, series: links, ledgerEntries, ledgerReviews, cascadeResponses };
}
