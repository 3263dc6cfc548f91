/**
 * A small register across two meetings: people of two departments and units, decisions with and
 * without scope (one superseded by a later one, one revoked) and action items open, done and
 * dropped, some past their due date.
 */
import type { RegisterRecords } from '../../../renderer/domain/register';
import type { ActionItem, Decision, Meeting, Person } from '../../../renderer/domain/types';

const at = '2026-11-01T09:00:00.000Z';
const meta = (id: string) => ({ id, createdAt: at, updatedAt: at });

function meeting(id: string, title: string, date: string): Meeting {
  return {
    ...meta(id),
    title,
    goal: '',
    date,
    startTime: '09:00',
    durationMinutes: 60,
    location: '',
    language: 'en',
    status: 'ended',
    groundRules: [],
    definitionIds: [],
  };
}

function person(id: string, name: string, departmentId: string, orgUnit: string): Person {
  return { ...meta(id), name, departmentId, orgUnit, archived: false };
}

export function decision(id: string, number: number, fields: Partial<Decision> = {}): Decision {
  return {
    ...meta(id),
    meetingId: 'm1',
    number,
    statement: `Decision ${number}`,
    rationale: '',
    alternatives: '',
    method: 'consensus',
    responsible: [],
    consulted: [],
    informed: [],
    scope: [],
    status: 'decided',
    settlesConflictIds: [],
    revisitIf: [],
    ...fields,
  };
}

export function action(id: string, what: string, fields: Partial<ActionItem> = {}): ActionItem {
  return { ...meta(id), meetingId: 'm1', what, status: 'open', ...fields };
}

export function registerRecords(): RegisterRecords {
  return {
    meetings: [meeting('m1', 'Spring planning', '2026-03-02'), meeting('m2', 'Autumn review', '2026-09-14')],
    people: [
      person('ana', 'Ana Núñez', 'marketing', 'Central Marketing'),
      person('jon', 'Jon Vik', 'sales', 'Sales Iberia'),
    ],
    decisions: [
      decision('d1', 1, {
        statement: 'Price list stays as it is',
        accountablePersonId: 'jon',
        scope: ['Iberia'],
        reviewDate: '2026-06-01',
        status: 'superseded',
      }),
      decision('d2', 2, {
        statement: 'One discount table for all regions',
        accountablePersonId: 'ana',
        dueDate: '2026-04-30',
        reviewDate: '2026-10-01',
      }),
      decision('d3', 3, {
        meetingId: 'm2',
        statement: 'Price list rises by 3 % in Iberia',
        accountablePersonId: 'jon',
        scope: ['iberia', 'LATAM'],
        supersedesId: 'd1',
        dueDate: '2026-10-15',
        reviewDate: '2027-01-10',
      }),
      decision('d4', 4, {
        meetingId: 'm2',
        statement: 'Trade fair budget doubles',
        status: 'revoked',
        reviewDate: '2026-12-01',
      }),
    ],
    actions: [
      action('a1', 'Send the discount table to the regions', {
        ownerPersonId: 'ana',
        dueDate: '2026-04-01',
        decisionId: 'd2',
      }),
      action('a2', 'Über-check the Iberian price sheet', {
        ownerPersonId: 'jon',
        dueDate: '2026-10-01',
        decisionId: 'd3',
        meetingId: 'm2',
      }),
      action('a3', 'Book the trade fair stand', { dueDate: '2026-05-01', status: 'dropped' }),
      action('a4', 'Write the launch brief', { ownerPersonId: 'ana', dueDate: '2026-03-20', status: 'done' }),
      action('a5', 'Collect win-loss figures', { ownerPersonId: 'jon', meetingId: 'm2' }),
    ],
  };
}

/** Names a RACI party the way the screen would, without translation. */
export const partyName = (party: { kind: string }) => party.kind;
