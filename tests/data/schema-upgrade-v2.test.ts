/**
 * Version 2 adds the speaker queue. This opens a database written by version 1, with real rows in
 * every table (a running meeting, and the exchange format's complete sample with every link and
 * optional field), through the app's `openDatabase`, and checks that every row came through
 * unchanged, is found through every index it had, that unique indexes still refuse duplicates, and
 * that the new table works.
 */
import Dexie, { type IndexableType } from 'dexie';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  ConflictPoint,
  Decision,
  Definition,
  KnowledgeItem,
  Meeting,
  ParkingLotPoint,
  Person,
  Setting,
  SpeakerTurn,
  Template,
} from '../../renderer/domain/types';
import { sampleMeeting } from '../unit/domain/exchange-fixture';
import { V1_STORES } from './shipped-stores';

const T = '2026-11-27T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: T, updatedAt: T });

const person: Person = {
  ...meta('p1'),
  name: 'Ana Ruiz',
  departmentId: 'sales',
  orgUnit: 'Sales Iberia',
  archived: false,
};
const meeting: Meeting = {
  ...meta('m1'),
  title: 'Q1 joint strategy',
  goal: 'Agree the Q1 campaign',
  date: '2026-12-01',
  startTime: '09:30',
  durationMinutes: 120,
  location: 'Room 4',
  language: 'de',
  status: 'running',
  startedAt: T,
  activeAgendaItemId: 'a1',
  groundRules: ['Hard on the issue, soft on the people'],
  definitionIds: ['def1'],
};
const attendance: Attendance = {
  ...meta('at1'),
  meetingId: 'm1',
  personId: 'p1',
  role: 'participant',
  present: true,
};
const agendaItem: AgendaItem = {
  ...meta('a1'),
  meetingId: 'm1',
  position: 1,
  title: 'Lead hand-over',
  description: '',
  kind: 'discussion',
  presenterIds: ['p1'],
  timeboxMinutes: 20,
  status: 'active',
  actualStart: T,
  spans: [{ start: T }],
  extensions: [],
  notes: 'Leads go cold',
};
const conflict: ConflictPoint = {
  ...meta('c1'),
  meetingId: 'm1',
  agendaItemId: 'a1',
  statement: 'Leads are not qualified',
  level: 'content',
  category: 'facts-figures',
  raisedByDepartmentId: 'sales',
  positionMarketing: 'They are',
  positionSales: 'They are not',
  status: 'open',
  resolution: '',
  private: false,
};
/** A decision as version 1 stored it: no "revisit if" conditions, which version 6 adds as an empty list. */
const decision: Omit<Decision, 'revisitIf'> = {
  ...meta('d1'),
  meetingId: 'm1',
  number: 1,
  statement: 'Use one lead score',
  rationale: '',
  alternatives: '',
  method: 'consensus',
  accountablePersonId: 'p1',
  responsible: [{ kind: 'department', departmentId: 'marketing' }],
  consulted: [],
  informed: [{ kind: 'org-unit', name: 'Sales Iberia' }],
  scope: [],
  status: 'decided',
  settlesConflictIds: ['c1'],
};
const action: ActionItem = {
  ...meta('x1'),
  meetingId: 'm1',
  what: 'Draft the lead score',
  ownerPersonId: 'p1',
  dueDate: '2026-12-15',
  channel: 'in-person',
  status: 'open',
  decisionId: 'd1',
};
const knowledge: KnowledgeItem = {
  ...meta('k1'),
  meetingId: 'm1',
  kind: 'question',
  text: 'How many leads came from the fair?',
  topic: 'Trade fair',
  answer: '',
  status: 'open',
};
const parked: ParkingLotPoint = {
  ...meta('pl1'),
  meetingId: 'm1',
  text: 'Pricing in Portugal',
  status: 'open',
};
const definition: Definition = {
  ...meta('def1'),
  term: 'Qualified lead',
  meaning: 'Budget and need confirmed',
};
const template: Template = {
  ...meta('t1'),
  name: 'Quarterly',
  language: 'en',
  builtIn: false,
  durationMinutes: 90,
  agenda: [{ title: 'Review', description: '', kind: 'information', timeboxMinutes: 10 }],
  groundRules: [],
};
const setting: Setting = { key: 'language', value: 'de' };

/** A second meeting with every link and optional field used: the complete sample of the exchange format. */
const sample = sampleMeeting();
sample.decisions = sample.decisions.map((row) => ({ ...row, number: row.number + 1 }));
sample.meeting = { ...sample.meeting, deletedAt: T };

const ROWS = {
  people: [person, ...sample.people],
  meetings: [meeting, sample.meeting],
  attendance: [attendance, ...sample.attendance],
  agendaItems: [agendaItem, ...sample.agendaItems],
  conflictPoints: [conflict, ...sample.conflictPoints],
  decisions: [decision, ...sample.decisions],
  actionItems: [action, ...sample.actionItems],
  knowledgeItems: [knowledge, ...sample.knowledgeItems],
  parkingLot: [parked, ...sample.parkingLot],
  definitions: [definition, ...sample.definitions],
  templates: [template],
  settings: [setting],
} satisfies Record<keyof typeof V1_STORES, unknown[]>;

/** Rows in the order IndexedDB returns them: by primary key (`id`, or `key` for settings). */
function inKeyOrder(rows: readonly object[]): object[] {
  const keyOf = (row: object) => String('id' in row ? row.id : 'key' in row ? row.key : '');
  return [...rows].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
}

async function writeVersion1(name: string) {
  const v1 = new Dexie(name);
  v1.version(1).stores(V1_STORES);
  await v1.open();
  for (const [table, rows] of Object.entries(ROWS)) await v1.table(table).bulkAdd(rows);
  v1.close();
}

describe('upgrading the database from version 1 to version 2', () => {
  it('keeps every row of every table unchanged', async () => {
    const name = `upgrade-v2-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = openDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const [table, rows] of Object.entries(ROWS)) {
      const upgraded = table === 'decisions' ? rows.map((row) => ({ revisitIf: [], ...row })) : rows;
      expect(await db.table(table).toArray(), table).toEqual(inKeyOrder(upgraded));
    }
    db.close();
  });

  it('finds every row through every index of version 1, and keeps the unique ones unique', async () => {
    const name = `upgrade-v2-indexes-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = openDatabase(name);
    await db.open();
    for (const [table, spec] of Object.entries(V1_STORES)) {
      const [primary = '', ...indexes] = spec.split(',').map((index) => index.trim());
      for (const row of ROWS[table as keyof typeof ROWS] as Record<string, unknown>[]) {
        for (const index of indexes) {
          const indexName = index.replace(/^[&*]/, '');
          const paths = indexName.replace(/^\[|\]$/g, '').split('+');
          const values = paths.map((path) => row[path]);
          if (values.some((value) => value === undefined)) continue;
          // Indexed fields hold strings and numbers, IndexedDB keys; a compound index takes the list.
          const key = (paths.length > 1 ? values : values[0]) as IndexableType;
          const keys = await db.table(table).where(indexName).equals(key).primaryKeys();
          expect(keys, `${table}.${indexName}`).toContain(row[primary]);
        }
      }
    }
    await expect(db.decisions.add({ ...decision, revisitIf: [], id: 'd-again' })).rejects.toThrow();
    await expect(db.attendance.add({ ...attendance, id: 'at-again' })).rejects.toThrow();
    db.close();
  });

  it('adds a working speaker-turn table, found by meeting and by start', async () => {
    const name = `upgrade-v2-turns-${Math.random().toString(36).slice(2)}`;
    await writeVersion1(name);
    const db = openDatabase(name);
    const turn: SpeakerTurn = { ...meta('s1'), meetingId: 'm1', personId: 'p1', raisedAt: T, start: T };
    await db.speakerTurns.add(turn);
    expect(await db.speakerTurns.where('meetingId').equals('m1').toArray()).toEqual([turn]);
    expect(await db.speakerTurns.where('[meetingId+start]').equals(['m1', T]).count()).toBe(1);
    expect(await db.people.get('p1')).toEqual(person);
    db.close();
  });
});
