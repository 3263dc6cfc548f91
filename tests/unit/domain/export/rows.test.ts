import { describe, expect, it } from 'vitest';
import { decisionRegisterCsv } from '../../../../renderer/domain/export/csv';
import { actionRow, decisionRow, type RowLookups } from '../../../../renderer/domain/export/rows';
import type { ActionItem, Decision, Party } from '../../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';
const meta = { createdAt: NOW, updatedAt: NOW };

const lookups: RowLookups = {
  meeting: (id) => (id === 'm1' ? { title: 'Q4 alignment', date: '2026-11-27' } : undefined),
  personName: (id) => ({ p1: 'Anna Weber', p2: 'Jon Lee' })[id],
  partyName: (party: Party) =>
    party.kind === 'person'
      ? (lookups.personName(party.personId) ?? '?')
      : party.kind === 'org-unit'
        ? party.name
        : 'Sales',
  decisionNumber: (id) => (id === 'd3' ? 3 : undefined),
};

const decision: Decision = {
  ...meta,
  id: 'd7',
  meetingId: 'm1',
  number: 7,
  statement: 'Leads count as qualified after a call',
  rationale: 'not exported',
  alternatives: '',
  method: 'consent',
  accountablePersonId: 'p1',
  responsible: [
    { kind: 'org-unit', name: 'Sales Iberia' },
    { kind: 'person', personId: 'p2' },
  ],
  consulted: [{ kind: 'department', departmentId: 'sales' }],
  informed: [],
  scope: ['DACH'],
  reviewDate: '2027-03-01',
  status: 'decided',
  supersedesId: 'd3',
  settlesConflictIds: [],
  revisitIf: [],
  stanceMarketing: 'agree',
};

describe('joining records into export rows', () => {
  it('resolves the meeting, names, parties and the superseded number of a decision', () => {
    const row = decisionRow(decision, lookups);
    expect(row).toMatchObject({
      id: 'd7',
      meetingTitle: 'Q4 alignment',
      meetingDate: '2026-11-27',
      accountable: 'Anna Weber',
      responsible: ['Sales Iberia', 'Jon Lee'],
      consulted: ['Sales'],
      scope: ['DACH'],
      supersedesNumber: 3,
    });
    expect(decisionRegisterCsv([row], 'en').split('\r\n')[1]).toBe(
      'D-7,Q4 alignment,2026-11-27,Leads count as qualified after a call,Consent,Decided,Anna Weber,' +
        '"Sales Iberia; Jon Lee",Sales,,DACH,,2027-03-01,Agree,,D-3',
    );
  });

  it('leaves the cells of an unknown meeting, owner or decision empty', () => {
    const item: ActionItem = {
      ...meta,
      id: 'a1',
      meetingId: 'gone',
      what: 'Call the distributor',
      ownerPersonId: 'nobody',
      status: 'open',
      decisionId: 'unknown',
    };
    expect(actionRow(item, lookups)).toEqual({
      id: 'a1',
      what: 'Call the distributor',
      owner: undefined,
      dueDate: undefined,
      channel: undefined,
      status: 'open',
      meetingTitle: '',
      meetingDate: '',
      decisionNumber: undefined,
    });
  });
});
