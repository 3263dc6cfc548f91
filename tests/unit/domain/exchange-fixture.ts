/** A small but complete meeting in the exchange format: every table has a row, every link is used. */
import type { MeetingRecords } from '../../../renderer/domain/exchange/format';

const id = (n: number) => `aaaaaaaa-0000-4000-8000-${String(n).padStart(12, '0')}`;
const at = '2026-11-27T09:00:00.000Z';
const meta = (n: number) => ({ id: id(n), createdAt: at, updatedAt: at });

export const MEETING_ID = id(1);
export const ids = {
  meeting: id(1),
  anna: id(2),
  ben: id(3),
  item: id(4),
  point: id(5),
  decision: id(6),
  definition: id(9),
};

export function sampleMeeting(): MeetingRecords {
  const meetingId = MEETING_ID;
  return {
    meeting: {
      ...meta(1),
      title: 'Q1 joint strategy',
      goal: 'Agree the Q1 campaign',
      date: '2026-12-01',
      startTime: '09:30',
      durationMinutes: 90,
      location: 'Room 4',
      language: 'en',
      status: 'ended',
      groundRules: ['Talk about content, not people'],
      startedAt: '2026-12-01T09:30:00.000Z',
      endedAt: '2026-12-01T11:00:00.000Z',
      definitionIds: [ids.definition],
    },
    people: [
      {
        ...meta(2),
        name: 'Anna Marketing',
        departmentId: 'marketing',
        orgUnit: 'Central Marketing',
        archived: false,
      },
      {
        ...meta(3),
        name: 'Ben Sales',
        departmentId: 'sales',
        orgUnit: 'Sales Iberia',
        email: 'ben@example.com',
        archived: false,
      },
    ],
    attendance: [
      { ...meta(10), meetingId, personId: ids.anna, role: 'facilitator', present: true },
      { ...meta(11), meetingId, personId: ids.ben, role: 'decision-maker', present: true },
    ],
    agendaItems: [
      {
        ...meta(4),
        meetingId,
        position: 1,
        title: 'Campaign budget',
        description: '',
        kind: 'decision',
        presenterIds: [ids.ben],
        timeboxMinutes: 30,
        status: 'done',
        actualStart: '2026-12-01T09:31:00.000Z',
        actualEnd: '2026-12-01T10:01:00.000Z',
        spans: [{ start: '2026-12-01T09:31:00.000Z', end: '2026-12-01T10:01:00.000Z' }],
        extensions: [{ at: '2026-12-01T09:58:00.000Z', minutes: 5, askedByPersonId: ids.ben }],
        notes: 'Split 60/40',
      },
    ],
    conflictPoints: [
      {
        ...meta(5),
        meetingId,
        agendaItemId: ids.item,
        statement: 'Lead quality is disputed',
        level: 'content',
        category: 'facts-figures',
        raisedByDepartmentId: 'sales',
        positionMarketing: 'Leads are fine',
        positionSales: 'Leads are cold',
        status: 'resolved',
        resolution: 'Agreed definition',
        private: false,
        decisionId: ids.decision,
      },
    ],
    decisions: [
      {
        ...meta(6),
        meetingId,
        agendaItemId: ids.item,
        number: 1,
        statement: 'Budget split 60/40',
        rationale: 'Pipeline first',
        alternatives: '50/50',
        method: 'consent',
        accountablePersonId: ids.ben,
        responsible: [{ kind: 'person', personId: ids.anna }],
        consulted: [{ kind: 'department', departmentId: 'sales' }],
        informed: [{ kind: 'org-unit', name: 'Sales Iberia' }],
        scope: ['Iberia'],
        dueDate: '2027-01-15',
        reviewDate: '2027-03-01',
        status: 'decided',
        settlesConflictIds: [ids.point],
        revisitIf: [],
        stanceMarketing: 'agree',
        stanceSales: 'agree-with-reservations',
      },
    ],
    actionItems: [
      {
        ...meta(7),
        meetingId,
        what: 'Draft the brief',
        ownerPersonId: ids.anna,
        dueDate: '2026-12-10',
        channel: 'document',
        status: 'open',
        decisionId: ids.decision,
      },
    ],
    knowledgeItems: [
      {
        ...meta(8),
        meetingId,
        kind: 'question',
        text: 'How big is the Iberian market?',
        topic: 'Iberia',
        broughtByDepartmentId: 'sales',
        answer: '',
        status: 'open',
      },
    ],
    parkingLot: [{ ...meta(12), meetingId, text: 'Trade fair 2027', status: 'open' }],
    definitions: [
      {
        ...meta(9),
        term: 'Qualified lead',
        meaning: 'A lead with budget and need',
        agreedInMeetingId: MEETING_ID,
      },
    ],
    speakerTurns: [
      {
        ...meta(13),
        meetingId,
        personId: ids.ben,
        raisedAt: '2026-12-01T09:40:00.000Z',
        start: '2026-12-01T09:41:00.000Z',
        end: '2026-12-01T09:43:00.000Z',
      },
    ],
    votes: [
      {
        ...meta(14),
        meetingId,
        agendaItemId: ids.item,
        question: 'Which split?',
        kind: 'options',
        options: ['60/40', '50/50'],
        counts: [
          { option: 0, departmentId: 'marketing', count: 3 },
          { option: 1, departmentId: 'sales', count: 2 },
        ],
        openedAt: '2026-12-01T09:50:00.000Z',
        closedAt: '2026-12-01T09:52:00.000Z',
        decisionId: ids.decision,
      },
    ],
    roundEntries: [
      {
        ...meta(15),
        meetingId,
        kind: 'check-in',
        personId: ids.anna,
        departmentId: 'marketing',
        word: 'curious',
        mood: 4,
      },
      {
        ...meta(16),
        meetingId,
        kind: 'check-out',
        personId: ids.ben,
        departmentId: 'sales',
        worthTime: 5,
        heard: 3,
      },
    ],
    mirrorRounds: [
      {
        ...meta(17),
        meetingId,
        conflictPointId: ids.point,
        marketingRestates: 'Sales finds the leads too cold to call',
        salesConfirms: 'yes',
        salesRestates: 'Marketing sees the volume as agreed',
        marketingConfirms: 'partly',
        startedAt: '2026-12-01T09:44:00.000Z',
        endedAt: '2026-12-01T09:48:00.000Z',
      },
    ],
    ledgerEntries: [
      {
        ...meta(18),
        meetingId,
        seriesId: meetingId,
        decisionId: ids.decision,
        title: 'Leads for fast follow-up',
        marketing: {
          gives: '300 leads a month',
          measure: 'score ≥ 60',
          target: 300,
          unit: 'leads',
          ownerPersonId: ids.anna,
        },
        sales: {
          gives: 'Follow-up within 48 hours',
          measure: 'hours',
          target: 48,
          unit: 'h',
          ownerPersonId: ids.ben,
        },
        period: 'a month',
        startDate: '2026-12-01',
        reviewDate: '2027-03-01',
        status: 'active',
      },
    ],
    ledgerReviews: [
      {
        ...meta(19),
        entryId: id(18),
        meetingId,
        marketing: { verdict: 'partly', note: 'Only 240', figure: 240 },
        sales: { verdict: 'kept', note: '' },
      },
    ],
  };
}

/** The element at `index`, which the test knows is there. */
export function nth<T>(list: readonly T[], index = 0): T {
  const value = list[index];
  if (value === undefined) throw new Error(`no element ${index}`);
  return value;
}
