/**
 * A fixed, realistic snapshot for the minutes tests and golden files: a quarterly joint strategy
 * session of Marketing and Sales, ended, with every kind of record the minutes show. Build variants
 * with `minutesSnapshot({ ...overrides })`.
 */
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';
import type { MeetingSnapshot } from '../../../renderer/domain/minutes/snapshot';
import type { Attendance, AttendanceRole, Meeting, Person } from '../../../renderer/domain/types';

const T = '2026-11-27T08:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T });
/** An instant on the meeting day at a time of day in Munich, e.g. `at('09:15')` is 08:15 UTC. */
export const at = (time: string) => new Date(`2026-11-27T${time}:00.000+01:00`).toISOString();

const person = (id: string, name: string, departmentId: string, orgUnit: string): Person => ({
  ...meta(id),
  name,
  departmentId,
  orgUnit,
  archived: false,
});

export const PEOPLE: Person[] = [
  person('p-lena', 'Lena Vogel', 'marketing', 'Central Marketing'),
  person('p-tom', 'Tom Berger', 'marketing', 'Product Marketing'),
  person('p-ana', 'Ana Ruiz', 'sales', 'Sales Iberia'),
  person('p-jonas', 'Jonas Keller', 'sales', 'Sales DACH'),
  person('p-mia', 'Mia Schulz', 'management', 'Executive Board'),
];

const attendance = (personId: string, role: AttendanceRole, present = true): Attendance => ({
  ...meta(`att-${personId}`),
  meetingId: 'm-q1',
  personId,
  role,
  present,
});

export const MEETING: Meeting = {
  ...meta('m-q1'),
  title: 'Quarterly strategy Q1',
  goal: 'Agree the Q1 campaign focus and the lead handover rules',
  date: '2026-11-27',
  startTime: '09:00',
  durationMinutes: 90,
  location: 'Room Atlas, Munich',
  language: 'en',
  status: 'ended',
  seriesId: 's-1',
  groundRules: ['Facts before opinions'],
  startedAt: at('09:00'),
  endedAt: at('10:35'),
  definitionIds: ['def-sql'],
};

/** The follow-up meeting of the series, as planning it creates it: not started. */
function nextMeeting(): Meeting {
  const { startedAt: _started, endedAt: _ended, ...rest } = MEETING;
  return {
    ...rest,
    ...meta('m-q2'),
    date: '2026-12-04',
    status: 'planned',
    previousMeetingId: 'm-q1',
  };
}

const BASE: MeetingSnapshot = {
  meeting: MEETING,
  participants: [
    attendance('p-lena', 'facilitator'),
    attendance('p-tom', 'participant'),
    attendance('p-ana', 'decision-maker'),
    attendance('p-jonas', 'minute-taker'),
    attendance('p-mia', 'guest', false),
  ].map((row) => ({ attendance: row, person: PEOPLE.find((p) => p.id === row.personId) })),
  people: PEOPLE,
  departments: [...DEFAULT_DEPARTMENTS],
  agendaItems: [
    {
      ...meta('a-1'),
      meetingId: 'm-q1',
      position: 1,
      title: 'Market update Iberia',
      description: '',
      kind: 'information',
      presenterIds: ['p-ana'],
      timeboxMinutes: 15,
      status: 'done',
      spans: [{ start: at('09:00'), end: at('09:14') }],
      extensions: [],
      notes: 'Demand in Spain up 12 % year on year.\nPortugal flat.',
    },
    {
      ...meta('a-2'),
      meetingId: 'm-q1',
      position: 2,
      title: 'Q1 campaign focus',
      description: '',
      kind: 'discussion',
      presenterIds: ['p-lena', 'p-jonas'],
      timeboxMinutes: 30,
      status: 'done',
      spans: [{ start: at('09:14'), end: at('09:52') }],
      extensions: [{ at: at('09:40'), minutes: 5, askedByPersonId: 'p-lena' }],
      notes: '',
    },
    {
      ...meta('a-3'),
      meetingId: 'm-q1',
      position: 3,
      title: 'Lead handover rules',
      description: '',
      kind: 'decision',
      presenterIds: ['p-tom'],
      timeboxMinutes: 30,
      status: 'done',
      spans: [{ start: at('09:52'), end: at('10:20') }],
      extensions: [],
      notes: 'Handover within 48 hours agreed in principle.',
    },
    {
      ...meta('a-4'),
      meetingId: 'm-q1',
      position: 4,
      title: 'Trade fair budget',
      description: '',
      kind: 'discussion',
      presenterIds: [],
      timeboxMinutes: 15,
      status: 'deferred',
      spans: [],
      extensions: [],
      notes: '',
    },
  ],
  conflictPoints: [
    {
      ...meta('c-1'),
      createdAt: at('09:20'),
      meetingId: 'm-q1',
      agendaItemId: 'a-2',
      statement: 'Which segment leads the Q1 campaign',
      level: 'content',
      category: 'priorities',
      raisedByDepartmentId: 'sales',
      raisedByPersonId: 'p-jonas',
      positionMarketing: 'Mid-market, where the brand is weakest',
      positionSales: 'Enterprise, where the pipeline is',
      status: 'resolved',
      resolution: 'Enterprise first, mid-market in Q2',
      decisionId: 'd-18',
      private: false,
    },
    {
      ...meta('c-2'),
      createdAt: at('09:30'),
      meetingId: 'm-q1',
      agendaItemId: 'a-2',
      statement: 'Sales never reads the campaign briefs',
      level: 'relationship',
      category: 'recognition-blame',
      raisedByDepartmentId: 'marketing',
      raisedByPersonId: 'p-tom',
      positionMarketing: '',
      positionSales: '',
      status: 'reframed',
      resolution: '',
      reframedAsId: 'c-3',
      private: false,
    },
    {
      ...meta('c-3'),
      createdAt: at('09:31'),
      meetingId: 'm-q1',
      agendaItemId: 'a-2',
      statement: 'What must a campaign brief contain so that Sales can use it?',
      level: 'content',
      category: 'process-responsibilities',
      raisedByDepartmentId: 'marketing',
      positionMarketing: '',
      positionSales: '',
      status: 'open',
      resolution: '',
      reframedFromId: 'c-2',
      private: false,
    },
    {
      ...meta('c-4'),
      createdAt: at('10:00'),
      meetingId: 'm-q1',
      agendaItemId: 'a-3',
      statement: 'Personal remark about a colleague',
      level: 'relationship',
      category: 'trust',
      raisedByDepartmentId: 'sales',
      raisedByPersonId: 'p-ana',
      positionMarketing: '',
      positionSales: '',
      status: 'parked',
      resolution: '',
      private: true,
    },
  ],
  decisions: [
    {
      ...meta('d-18'),
      meetingId: 'm-q1',
      agendaItemId: 'a-2',
      number: 18,
      statement: 'The Q1 campaign targets enterprise accounts first',
      rationale: 'The pipeline is there; mid-market follows in Q2.',
      alternatives: 'Mid-market first; both at once',
      method: 'consensus',
      accountablePersonId: 'p-lena',
      responsible: [{ kind: 'department', departmentId: 'marketing' }],
      consulted: [{ kind: 'person', personId: 'p-ana' }],
      informed: [{ kind: 'org-unit', name: 'Sales Iberia' }],
      scope: [],
      dueDate: '2026-12-15',
      reviewDate: '2027-01-31',
      status: 'decided',
      settlesConflictIds: ['c-1'],
      revisitIf: [],
      stanceMarketing: 'agree',
      stanceSales: 'agree',
    },
    {
      ...meta('d-19'),
      meetingId: 'm-q1',
      agendaItemId: 'a-3',
      number: 19,
      statement: 'Qualified leads are handed over within 48 hours',
      rationale: '',
      alternatives: '',
      method: 'consent',
      accountablePersonId: 'p-ana',
      responsible: [{ kind: 'person', personId: 'p-jonas' }],
      consulted: [],
      informed: [{ kind: 'department', departmentId: 'management' }],
      scope: ['Iberia', 'DACH'],
      status: 'decided',
      supersedesId: 'd-7',
      settlesConflictIds: [],
      revisitIf: [],
      stanceMarketing: 'agree-with-reservations',
      stanceSales: 'agree',
    },
  ],
  supersededDecisions: [
    {
      ...meta('d-7'),
      meetingId: 'm-q0',
      number: 7,
      statement: 'Leads are handed over weekly',
      rationale: '',
      alternatives: '',
      method: 'majority',
      responsible: [],
      consulted: [],
      informed: [],
      scope: [],
      status: 'superseded',
      settlesConflictIds: [],
      revisitIf: [],
    },
  ],
  actionItems: [
    {
      ...meta('act-1'),
      meetingId: 'm-q1',
      what: 'Draft the enterprise campaign brief with Sales input',
      ownerPersonId: 'p-lena',
      dueDate: '2026-12-05',
      channel: 'in-person',
      status: 'open',
      decisionId: 'd-18',
    },
    {
      ...meta('act-2'),
      meetingId: 'm-q1',
      what: 'Send the handover checklist to all regions',
      ownerPersonId: 'p-jonas',
      dueDate: '2026-12-01',
      channel: 'email',
      status: 'open',
    },
    {
      ...meta('act-3'),
      meetingId: 'm-q1',
      what: 'Find out the lead volume of Portugal',
      ownerPersonId: 'p-ana',
      channel: 'call',
      status: 'open',
    },
  ],
  knowledgeItems: [
    {
      ...meta('k-1'),
      meetingId: 'm-q1',
      kind: 'fact',
      text: 'Enterprise pipeline in Iberia: 2.4 M EUR',
      topic: 'Iberia',
      broughtByDepartmentId: 'sales',
      answer: '',
      status: 'open',
    },
    {
      ...meta('k-2'),
      meetingId: 'm-q1',
      kind: 'fact',
      text: 'Brand awareness in mid-market: 31 %',
      topic: 'Brand',
      broughtByDepartmentId: 'marketing',
      answer: '',
      status: 'open',
    },
    {
      ...meta('k-3'),
      meetingId: 'm-q1',
      kind: 'question',
      text: 'How many leads does Portugal generate per month?',
      topic: 'Portugal',
      broughtByDepartmentId: 'marketing',
      answer: '',
      status: 'open',
      actionItemId: 'act-3',
    },
    {
      ...meta('k-4'),
      meetingId: 'm-q1',
      kind: 'question',
      text: 'Which CRM field marks a qualified lead?',
      topic: 'CRM',
      broughtByDepartmentId: 'sales',
      answer: 'Lead status "SQL"',
      status: 'answered',
    },
  ],
  parkingLot: [{ ...meta('pl-1'), meetingId: 'm-q1', text: 'Partner channel strategy', status: 'open' }],
  definitions: [
    {
      ...meta('def-sql'),
      term: 'Qualified lead',
      meaning: 'A lead with budget, need and a named contact, confirmed by Sales.',
    },
  ],
  nextMeeting: nextMeeting(),
  speakerTurns: [
    {
      ...meta('t-1'),
      meetingId: 'm-q1',
      personId: 'p-lena',
      raisedAt: at('09:15'),
      start: at('09:15'),
      end: at('09:25'),
    },
    {
      ...meta('t-2'),
      meetingId: 'm-q1',
      personId: 'p-jonas',
      raisedAt: at('09:25'),
      start: at('09:25'),
      end: at('09:31'),
    },
    {
      ...meta('t-3'),
      meetingId: 'm-q1',
      personId: 'p-ana',
      raisedAt: at('09:31'),
      start: at('09:31'),
      end: at('09:35'),
    },
  ],
  votes: [],
  roundEntries: [],
  mirrorRounds: [],
};

/** The fixture snapshot, with any top-level part replaced. */
export function minutesSnapshot(overrides: Partial<MeetingSnapshot> = {}): MeetingSnapshot {
  return structuredClone({ ...BASE, ...overrides });
}

/** The same meeting held in German. */
export function germanSnapshot(): MeetingSnapshot {
  const snapshot = minutesSnapshot();
  snapshot.meeting = { ...snapshot.meeting, language: 'de', title: 'Quartalsstrategie Q1' };
  return snapshot;
}

/** The moment the fixture's minutes are made, and the zone their times are shown in. */
export const NOW = '2026-11-27T11:00:00.000Z';
export const TIME_ZONE = 'Europe/Berlin';

/** Replaces fields of `list[index]` in place; throws when there is no such entry. */
export function edit<T>(list: T[], index: number, change: Partial<T>): void {
  const entry = list[index];
  if (entry === undefined) throw new Error(`no entry ${index}`);
  list[index] = { ...entry, ...change };
}

/**
 * A long meeting in `language`: the fixture with 120 more action items and 60 more conflict points,
 * long enough (LONG_MINUTES_LINES) for the major sections to start on a new page.
 */
export function longSnapshot(language: 'en' | 'de' = 'en'): MeetingSnapshot {
  const snapshot = language === 'de' ? germanSnapshot() : minutesSnapshot();
  const [action] = snapshot.actionItems;
  const [point] = snapshot.conflictPoints;
  if (!action || !point) throw new Error('the fixture has no action items or conflict points');
  const owners = ['p-lena', 'p-ana', 'p-jonas', 'p-tom'];
  for (let index = 0; index < 120; index += 1)
    snapshot.actionItems.push({
      ...action,
      id: `long-act-${index}`,
      what: `Follow up with region ${index + 1} on the lead handover and report back`,
      ownerPersonId: owners[index % owners.length] ?? action.ownerPersonId,
      dueDate: `2026-12-${String((index % 28) + 1).padStart(2, '0')}`,
      decisionId: undefined,
    });
  for (let index = 0; index < 60; index += 1)
    snapshot.conflictPoints.push({
      ...point,
      id: `long-point-${index}`,
      createdAt: new Date(Date.parse(NOW) - (60 - index) * 1000).toISOString(),
      statement: `Which budget share goes to the trade fair in region ${index + 1}?`,
      status: index % 2 === 0 ? 'open' : 'resolved',
      reframedAsId: undefined,
      decisionId: undefined,
      private: false,
    });
  return snapshot;
}
