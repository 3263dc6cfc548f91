/**
 * Two meetings of a joint strategy series as exchange files, for the Register screenshots: people
 * of Marketing, Sales and Product in several units; decisions decided, proposed, revoked and one
 * superseded by a later one; action items open (two past due on 27 November 2026), done and dropped.
 * The screenshots import them through Import meeting, as a user would bring them from elsewhere.
 */
import { exportMeetingJson, type MeetingRecords } from '../../../renderer/domain/exchange/format';
import type {
  ActionItem,
  Decision,
  DecisionMethod,
  Language,
  Meeting,
  Person,
} from '../../../renderer/domain/types';

const at = '2026-11-10T09:00:00.000Z';
const id = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;
const meta = (n: number) => ({ id: id(n), createdAt: at, updatedAt: at });

const PEOPLE: [number, string, string, string][] = [
  [1, 'Mara Lind', 'marketing', 'Central Marketing'],
  [2, 'Jon Vik', 'sales', 'Sales Nordics'],
  [3, 'Ana Ruiz', 'sales', 'Sales Iberia'],
  [4, 'Felix Brandt', 'marketing', 'Marketing DACH'],
  [5, 'Lea Roth', 'product', 'Product Management'],
];
const person = (n: number) => id(n);

type Text = Record<Language, string>;

interface DecisionSpec {
  n: number;
  number: number;
  text: Text;
  owner: number;
  method: DecisionMethod;
  scope: string[];
  status: Decision['status'];
  due?: string;
  review?: string;
  supersedes?: number;
}

interface ActionSpec {
  n: number;
  text: Text;
  owner: number;
  due?: string;
  status: ActionItem['status'];
  channel?: ActionItem['channel'];
  decision?: number;
}

interface MeetingSpec {
  n: number;
  title: Text;
  date: string;
  decisions: DecisionSpec[];
  actions: ActionSpec[];
}

const SPRING: MeetingSpec = {
  n: 100,
  title: { en: 'Q3 joint strategy session', de: 'Gemeinsame Strategiesitzung Q3' },
  date: '2026-09-15',
  decisions: [
    {
      n: 101,
      number: 1,
      text: { en: 'The MQL threshold stays at 50 points.', de: 'Die MQL-Schwelle bleibt bei 50 Punkten.' },
      owner: 1,
      method: 'consensus',
      scope: [],
      status: 'superseded',
      review: '2026-12-01',
    },
    {
      n: 102,
      number: 2,
      text: {
        en: 'Iberia runs the spring campaign with central assets.',
        de: 'Iberia fährt die Frühjahrskampagne mit zentralen Materialien.',
      },
      owner: 3,
      method: 'consent',
      scope: ['Iberia'],
      status: 'decided',
      due: '2027-02-01',
    },
    {
      n: 103,
      number: 3,
      text: {
        en: 'The trade fair budget moves to digital events.',
        de: 'Das Messebudget geht an digitale Veranstaltungen.',
      },
      owner: 4,
      method: 'majority',
      scope: ['DACH'],
      status: 'revoked',
    },
    {
      n: 104,
      number: 4,
      text: {
        en: 'The 2027 price list is published by 1 December.',
        de: 'Die Preisliste 2027 erscheint bis 1. Dezember.',
      },
      owner: 2,
      method: 'management-call',
      scope: [],
      status: 'decided',
      due: '2026-12-01',
    },
  ],
  actions: [
    {
      n: 111,
      text: { en: 'Draft the campaign brief for Iberia', de: 'Kampagnenbriefing für Iberia entwerfen' },
      owner: 3,
      due: '2026-10-30',
      status: 'open',
      channel: 'document',
      decision: 102,
    },
    {
      n: 112,
      text: { en: 'Collect the win-loss figures for Q3', de: 'Win-Loss-Zahlen für Q3 sammeln' },
      owner: 2,
      due: '2026-10-01',
      status: 'done',
      channel: 'email',
    },
    {
      n: 113,
      text: { en: 'Book the trade fair stand', de: 'Messestand buchen' },
      owner: 4,
      status: 'dropped',
      decision: 103,
    },
  ],
};

const AUTUMN: MeetingSpec = {
  n: 200,
  title: { en: 'Q4 joint strategy session', de: 'Gemeinsame Strategiesitzung Q4' },
  date: '2026-11-10',
  decisions: [
    {
      n: 201,
      number: 5,
      text: {
        en: 'The MQL threshold rises to 60 points from February.',
        de: 'Die MQL-Schwelle steigt ab Februar auf 60 Punkte.',
      },
      owner: 1,
      method: 'consensus',
      scope: [],
      status: 'decided',
      due: '2027-02-01',
      review: '2027-05-01',
      supersedes: 101,
    },
    {
      n: 202,
      number: 6,
      text: {
        en: 'Sales Nordics pilots the new lead routing.',
        de: 'Sales Nordics erprobt das neue Lead-Routing.',
      },
      owner: 2,
      method: 'delegated',
      scope: ['Nordics'],
      status: 'decided',
      review: '2027-03-01',
    },
    {
      n: 203,
      number: 7,
      text: {
        en: 'A joint win-loss review every quarter.',
        de: 'Jedes Quartal eine gemeinsame Win-Loss-Analyse.',
      },
      owner: 5,
      method: 'consent',
      scope: [],
      status: 'proposed',
    },
    {
      n: 204,
      number: 8,
      text: { en: 'One discount table for all regions.', de: 'Eine Rabatttabelle für alle Regionen.' },
      owner: 3,
      method: 'consensus',
      scope: ['Iberia', 'Nordics', 'DACH'],
      status: 'decided',
      due: '2027-01-15',
    },
  ],
  actions: [
    {
      n: 211,
      text: { en: 'Update the lead scoring model', de: 'Lead-Scoring-Modell anpassen' },
      owner: 1,
      due: '2026-12-15',
      status: 'open',
      channel: 'document',
      decision: 201,
    },
    {
      n: 212,
      text: {
        en: 'Brief the Nordic sales team on lead routing',
        de: 'Vertriebsteam Nordics zum Lead-Routing briefen',
      },
      owner: 2,
      due: '2026-11-20',
      status: 'open',
      channel: 'in-person',
      decision: 202,
    },
    {
      n: 213,
      text: { en: 'Send the discount table to all regions', de: 'Rabatttabelle an alle Regionen schicken' },
      owner: 3,
      due: '2026-12-05',
      status: 'open',
      channel: 'email',
      decision: 204,
    },
    {
      n: 214,
      text: { en: 'Prepare the win-loss template', de: 'Vorlage für die Win-Loss-Analyse vorbereiten' },
      owner: 5,
      due: '2026-12-10',
      status: 'open',
      channel: 'call',
      decision: 203,
    },
  ],
};

function records(spec: MeetingSpec, language: Language): MeetingRecords {
  const meetingId = id(spec.n);
  const meeting: Meeting = {
    ...meta(spec.n),
    title: spec.title[language],
    goal: '',
    date: spec.date,
    startTime: '09:30',
    durationMinutes: 120,
    location: '',
    language,
    status: 'ended',
    groundRules: [],
    definitionIds: [],
  };
  const people: Person[] = PEOPLE.map(([n, name, departmentId, orgUnit]) => ({
    ...meta(n),
    name,
    departmentId,
    orgUnit,
    archived: false,
  }));
  const decisions: Decision[] = spec.decisions.map((d) => ({
    ...meta(d.n),
    meetingId,
    number: d.number,
    statement: d.text[language],
    rationale: '',
    alternatives: '',
    method: d.method,
    accountablePersonId: person(d.owner),
    responsible: [],
    consulted: [],
    informed: [],
    scope: d.scope,
    ...(d.due ? { dueDate: d.due } : {}),
    ...(d.review ? { reviewDate: d.review } : {}),
    status: d.status,
    ...(d.supersedes ? { supersedesId: id(d.supersedes) } : {}),
    settlesConflictIds: [],
    revisitIf: [],
  }));
  const actionItems: ActionItem[] = spec.actions.map((a) => ({
    ...meta(a.n),
    meetingId,
    what: a.text[language],
    ownerPersonId: person(a.owner),
    ...(a.due ? { dueDate: a.due } : {}),
    ...(a.channel ? { channel: a.channel } : {}),
    status: a.status,
    ...(a.decision ? { decisionId: id(a.decision) } : {}),
  }));
  return {
    meeting,
    people,
    attendance: PEOPLE.map(([n]) => ({
      ...meta(spec.n + 50 + n),
      meetingId,
      personId: person(n),
      role: 'participant' as const,
      present: true,
    })),
    agendaItems: [],
    conflictPoints: [],
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

/** The two meeting files in `language`, older first. */
export function registerMeetingFiles(language: Language): string[] {
  return [SPRING, AUTUMN].map((spec) => exportMeetingJson(records(spec, language), at));
}
