import { describe, expect, it } from 'vitest';
import { buildRegister, isOverdue } from '../../../renderer/domain/register';
import {
  NO_FILTER,
  calendarOf,
  filterActions,
  filterDecisions,
  isFiltered,
  type RegisterFilter,
} from '../../../renderer/domain/register-filter';
import { registerOptions } from '../../../renderer/domain/register-options';
import { action, partyName, registerRecords } from './register-fixture';

const TODAY = '2026-10-05';
const register = () => buildRegister(registerRecords(), partyName);
const decisionNumbers = (filter: Partial<RegisterFilter>) =>
  filterDecisions(register().decisions, { ...NO_FILTER, ...filter }).map((entry) => entry.row.number);
const actionIds = (filter: Partial<RegisterFilter>, today = TODAY) =>
  filterActions(register().actions, { ...NO_FILTER, ...filter }, today).map((entry) => entry.row.id);

describe('building the register', () => {
  it('lists decisions newest first and action items by due date, undated last', () => {
    expect(register().decisions.map((entry) => entry.row.number)).toEqual([4, 3, 2, 1]);
    expect(register().actions.map((entry) => entry.row.id)).toEqual(['a4', 'a1', 'a3', 'a2', 'a5']);
  });

  it('joins meeting, owner and linked decision into the export rows', () => {
    const d3 = register().decisions.find((entry) => entry.row.id === 'd3');
    expect(d3?.row).toMatchObject({
      meetingTitle: 'Autumn review',
      accountable: 'Jon Vik',
      supersedesNumber: 1,
    });
    const a2 = register().actions.find((entry) => entry.row.id === 'a2');
    expect(a2?.row).toMatchObject({ owner: 'Jon Vik', decisionNumber: 3, meetingDate: '2026-09-14' });
    expect(a2?.scope).toEqual(['iberia', 'LATAM']);
  });

  it('lists an action item carried over to a later meeting once, as its latest copy', () => {
    const records = registerRecords();
    const carried = action('a1-next', 'Send the discount table to the regions', {
      meetingId: 'm2',
      carriedFromId: 'a1',
      status: 'done',
    });
    const built = buildRegister({ ...records, actions: [...records.actions, carried] }, partyName);
    const sends = built.actions.filter((entry) => entry.row.what.startsWith('Send the discount'));
    expect(sends.map((entry) => [entry.row.id, entry.row.status, entry.row.meetingTitle])).toEqual([
      ['a1-next', 'done', 'Autumn review'],
    ]);
  });

  it('links a superseded decision to its successor and the successor back', () => {
    const [d4, d3, , d1] = register().decisions;
    expect(d1?.successor).toEqual({ id: 'd3', number: 3 });
    expect(d3?.predecessor).toEqual({ id: 'd1', number: 1 });
    expect(d3?.successor).toBeUndefined();
    expect(d4?.successor).toBeUndefined();
  });
});

describe('filtering decisions', () => {
  it('lets everything through with no filter', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(decisionNumbers({})).toEqual([4, 3, 2, 1]);
  });

  it('filters by owner, department and organisation unit of the accountable owner', () => {
    expect(decisionNumbers({ ownerId: 'jon' })).toEqual([3, 1]);
    expect(decisionNumbers({ departmentId: 'marketing' })).toEqual([2]);
    expect(decisionNumbers({ orgUnit: 'sales iberia' })).toEqual([3, 1]);
  });

  it('filters by scope: global means no named region, a region matches ignoring case', () => {
    expect(decisionNumbers({ scope: { kind: 'global' } })).toEqual([4, 2]);
    expect(decisionNumbers({ scope: { kind: 'tag', tag: 'Iberia' } })).toEqual([3, 1]);
    expect(decisionNumbers({ scope: { kind: 'tag', tag: 'latam' } })).toEqual([3]);
  });

  it('filters by status', () => {
    expect(decisionNumbers({ decisionStatus: 'superseded' })).toEqual([1]);
    expect(decisionNumbers({ decisionStatus: 'decided' })).toEqual([3, 2]);
  });

  it('filters by a date range on the meeting date or on the due date, both ends included', () => {
    expect(decisionNumbers({ from: '2026-09-14', to: '2026-09-14' })).toEqual([4, 3]);
    expect(decisionNumbers({ dateField: 'due', from: '2026-04-30' })).toEqual([3, 2]);
    expect(decisionNumbers({ dateField: 'due', to: '2026-04-30' })).toEqual([2]);
  });

  it('searches every word, ignoring case and accents, in number, statement, meeting and owner', () => {
    expect(decisionNumbers({ query: 'PRICE list' })).toEqual([3, 1]);
    expect(decisionNumbers({ query: 'd-2' })).toEqual([2]);
    expect(decisionNumbers({ query: 'nunez' })).toEqual([2]);
    expect(decisionNumbers({ query: 'autumn price' })).toEqual([3]);
    expect(decisionNumbers({ query: 'price fair' })).toEqual([]);
  });

  it('composes filters: an entry must pass all of them', () => {
    const filter = { ownerId: 'jon', decisionStatus: 'decided', query: 'price' } as const;
    expect(isFiltered({ ...NO_FILTER, ...filter })).toBe(true);
    expect(decisionNumbers(filter)).toEqual([3]);
    expect(decisionNumbers({ ...filter, scope: { kind: 'global' } })).toEqual([]);
  });
});

describe('filtering action items', () => {
  it('marks open items past their due date as overdue, relative to today', () => {
    expect(isOverdue({ status: 'open', dueDate: '2026-10-04' }, TODAY)).toBe(true);
    expect(isOverdue({ status: 'open', dueDate: TODAY }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'done', dueDate: '2026-01-01' }, TODAY)).toBe(false);
    expect(isOverdue({ status: 'open' }, TODAY)).toBe(false);
    expect(actionIds({ actionStatus: 'overdue' })).toEqual(['a1', 'a2']);
    expect(actionIds({ actionStatus: 'overdue' }, '2026-04-02')).toEqual(['a1']);
  });

  it('filters by status, owner, department and the scope of the linked decision', () => {
    expect(actionIds({ actionStatus: 'done' })).toEqual(['a4']);
    expect(actionIds({ ownerId: 'ana' })).toEqual(['a4', 'a1']);
    expect(actionIds({ departmentId: 'sales' })).toEqual(['a2', 'a5']);
    expect(actionIds({ scope: { kind: 'global' } })).toEqual(['a1']);
    expect(actionIds({ scope: { kind: 'tag', tag: 'IBERIA' } })).toEqual(['a2']);
  });

  it('searches the text ignoring accents and case, and filters by due date', () => {
    expect(actionIds({ query: 'uber-CHECK' })).toEqual(['a2']);
    expect(actionIds({ query: 'autumn' })).toEqual(['a2', 'a5']);
    expect(actionIds({ dateField: 'due', from: '2026-04-01', to: '2026-05-01' })).toEqual(['a1', 'a3']);
  });
});

describe('the choices of the filters', () => {
  it('offers only owners, departments, units and scopes that occur, merged ignoring case', () => {
    expect(registerOptions(register())).toEqual({
      owners: [
        { id: 'ana', name: 'Ana Núñez' },
        { id: 'jon', name: 'Jon Vik' },
      ],
      departmentIds: ['marketing', 'sales'],
      orgUnits: ['Central Marketing', 'Sales Iberia'],
      scopes: ['iberia', 'LATAM'],
    });
  });
});

describe('the calendar of a filtered view', () => {
  it('leaves out dropped action items and revoked or superseded decisions', () => {
    const { decisions, actions } = register();
    const calendar = calendarOf(decisions, actions);
    expect(calendar.decisions.map((row) => row.number)).toEqual([3, 2]);
    expect(calendar.actions.map((row) => row.id)).toEqual(['a4', 'a1', 'a2', 'a5']);
  });
});
