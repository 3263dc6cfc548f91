// Real Dexie over fake-indexeddb: the cascade rows follow the decision, answers are stored, a unit's
// response file is written in one transaction or not at all.
import { afterEach, describe, expect, it } from 'vitest';
import type { DecisionDraft } from '../../renderer/domain/decisions';
import {
  checkUnitFileReferences,
  parseUnitResponseFile,
  writeUnitResponseFile,
} from '../../renderer/domain/cascade-file';
import { readAskingRows, readCascades, readUnitFileEntries } from '../../renderer/data/queries/cascade';
import { readRegisterRecords } from '../../renderer/data/queries/register-records';
import { loadSnapshot } from '../../renderer/data/queries/snapshot';
import { testWorkspace, type TestWorkspace } from './fixtures';

let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

const draft = (patch: Partial<DecisionDraft> = {}): DecisionDraft => ({
  statement: 'One price list for all of Europe',
  rationale: 'Fewer disputes about discounts',
  alternatives: '',
  method: 'consent',
  accountablePersonId: '',
  responsible: [],
  consulted: [],
  informed: [],
  scope: 'Sales Iberia, Sales Nordics',
  dueDate: '',
  reviewDate: '',
  settlesConflictIds: [],
  supersedesId: '',
  agendaItemId: '',
  stanceMarketing: 'agree',
  stanceSales: 'agree',
  ...patch,
});

async function person(name: string, orgUnit: string): Promise<string> {
  const outcome = await workspace.people.create({ name, departmentId: 'sales', orgUnit, email: '' });
  if (!outcome.ok) throw new Error('person refused');
  return outcome.value.id;
}

async function decided(patch: Partial<DecisionDraft> = {}) {
  const ownerId = await person('Clara Weiss', 'Central Marketing');
  const outcome = await workspace.decisions.record('m1', draft({ accountablePersonId: ownerId, ...patch }));
  if (!outcome.ok) throw new Error('record refused');
  return outcome.value;
}

function defined<T>(value: T | undefined): T {
  if (value === undefined) throw new Error('missing');
  return value;
}

const liveRows = async (decisionId: string) =>
  (await workspace.db.cascadeResponses.where('decisionId').equals(decisionId).toArray())
    .filter((row) => row.deletedAt === undefined)
    .sort((a, b) => a.unit.localeCompare(b.unit));

describe('cascade rows', () => {
  it('are created when the decision is decided, one per unit, owner suggested from the unit', async () => {
    workspace = testWorkspace();
    const ana = await person('Ana Ruiz', 'Sales Iberia');
    const decision = await decided();
    const rows = await liveRows(decision.id);
    expect(rows.map((row) => [row.unit, row.ownerPersonId, row.dueDate, row.response])).toEqual([
      ['Sales Iberia', ana, '2026-12-25', undefined],
      ['Sales Nordics', undefined, '2026-12-25', undefined],
    ]);
  });

  it('wait for a proposed decision until it is decided, and deciding twice adds nothing', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.decisions.record('m1', draft());
    if (!outcome.ok) throw new Error('refused');
    expect(await liveRows(outcome.value.id)).toEqual([]);
    const ownerId = await person('Clara Weiss', 'Central Marketing');
    await workspace.decisions.update(outcome.value.id, draft({ accountablePersonId: ownerId }));
    await workspace.decisions.decide(outcome.value.id);
    expect(await liveRows(outcome.value.id)).toHaveLength(2);
    await workspace.decisions.decide(outcome.value.id);
    expect(await workspace.db.cascadeResponses.count()).toBe(2);
  });

  it('follow the scope when it is edited; a unit named again gets its answer back', async () => {
    workspace = testWorkspace();
    const decision = await decided();
    const iberia = defined((await liveRows(decision.id))[0]);
    await workspace.cascade.answer(iberia.id, { response: 'adopt', explanation: '' }, { source: 'register' });
    const edit = (scope: string) =>
      workspace.decisions.update(
        decision.id,
        draft({ scope, accountablePersonId: decision.accountablePersonId }),
      );
    await edit('Sales Nordics, Central Marketing');
    expect((await liveRows(decision.id)).map((row) => row.unit)).toEqual([
      'Central Marketing',
      'Sales Nordics',
    ]);
    await edit('Sales Iberia, Sales Nordics, Central Marketing');
    const back = (await liveRows(decision.id)).find((row) => row.unit === 'Sales Iberia');
    expect(back).toMatchObject({ id: iberia.id, response: 'adopt', source: 'register' });
    expect(await workspace.db.cascadeResponses.count()).toBe(3);
  });

  it('stay with a revoked decision and leave the register state', async () => {
    workspace = testWorkspace();
    const decision = await decided();
    const revoked = await workspace.decisions.revoke(decision.id, {
      draft: { fact: 'The pricing model was withdrawn.' },
      meetingId: decision.meetingId,
    });
    expect(revoked.ok).toBe(true);
    expect(await liveRows(decision.id)).toHaveLength(2);
    expect(await readCascades(workspace.db)).toEqual([]);
    const records = await readRegisterRecords(workspace.db);
    expect(records.cascadeResponses).toHaveLength(2);
  });

  it('keep one row per decision and unit (unique index)', async () => {
    workspace = testWorkspace();
    const decision = await decided();
    const row = defined((await liveRows(decision.id))[0]);
    await expect(workspace.db.cascadeResponses.add({ ...row, id: 'another' })).rejects.toThrow();
  });
});

describe('answers', () => {
  it('are stored with how they came in, and an adaptation without how is refused', async () => {
    workspace = testWorkspace();
    const decision = await decided();
    const iberia = defined((await liveRows(decision.id))[0]);
    const refused = await workspace.cascade.answer(
      iberia.id,
      { response: 'adapt', explanation: ' ' },
      { source: 'meeting' },
    );
    expect(refused).toEqual({ ok: false, errors: [{ field: 'explanation', code: 'required' }] });
    expect((await workspace.db.cascadeResponses.get(iberia.id))?.response).toBeUndefined();
    const saved = await workspace.cascade.answer(
      iberia.id,
      { response: 'adapt', explanation: 'From Q2, after the tender', dueDate: '2027-01-15' },
      { source: 'meeting', meetingId: 'm2' },
    );
    expect(saved.ok).toBe(true);
    expect(await workspace.db.cascadeResponses.get(iberia.id)).toMatchObject({
      response: 'adapt',
      explanation: 'From Q2, after the tender',
      dueDate: '2027-01-15',
      source: 'meeting',
      meetingId: 'm2',
      respondedAt: '2026-11-27T09:00:00.000Z',
    });
  });

  it('refuse a stale edit', async () => {
    workspace = testWorkspace();
    const decision = await decided();
    const iberia = defined((await liveRows(decision.id))[0]);
    await workspace.cascade.answer(iberia.id, { response: 'adopt', explanation: '' }, { source: 'register' });
    workspace.advance(1);
    const stale = await workspace.cascade.answer(
      iberia.id,
      { response: 'object', explanation: 'No' },
      { source: 'register' },
      '2020-01-01T00:00:00.000Z',
    );
    expect(stale).toMatchObject({ ok: false, reason: 'stale' });
  });
});

describe('the unit response file', () => {
  it('round-trips: written for a unit, filled in, checked and imported in one go', async () => {
    workspace = testWorkspace();
    const ana = await person('Ana Ruiz', 'Sales Iberia');
    const first = await decided();
    const second = await decided({ statement: 'Shared lead scoring from January', scope: 'Sales Iberia' });
    const entries = await readUnitFileEntries(workspace.db, 'sales iberia');
    expect(entries.map((entry) => [entry.decision.number, entry.ownerName])).toEqual([
      [1, 'Ana Ruiz'],
      [2, 'Ana Ruiz'],
    ]);
    const text = writeUnitResponseFile(
      'Sales Iberia',
      entries,
      'Fill in response',
      '2026-11-27T09:00:00.000Z',
    );
    const file = JSON.parse(text);
    file.decisions[0].response = 'adopt';
    file.decisions[1].response = 'object';
    file.decisions[1].explanation = 'Our CRM cannot score before March';
    const parsed = parseUnitResponseFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const checked = checkUnitFileReferences(parsed.value, await readAskingRows(workspace.db));
    if (!checked.ok) throw new Error(JSON.stringify(checked.errors));
    const written = await workspace.cascade.importAnswers(checked.value.unit, checked.value.answers);
    expect(written.ok).toBe(true);
    const rows = await workspace.db.cascadeResponses.where('unit').equals('Sales Iberia').toArray();
    expect(rows.map((row) => [row.decisionId, row.response, row.source, row.ownerPersonId]).sort()).toEqual(
      [
        [first.id, 'adopt', 'file', ana],
        [second.id, 'object', 'file', ana],
      ].sort(),
    );
  });

  it('is refused whole when a decision no longer asks the unit, and nothing changes', async () => {
    workspace = testWorkspace();
    const first = await decided();
    const second = await decided({ statement: 'Shared lead scoring', scope: 'Sales Iberia' });
    const before = await workspace.db.cascadeResponses.toArray();
    const result = await workspace.cascade.importAnswers('Sales Iberia', [
      { decisionId: first.id, draft: { response: 'adopt', explanation: '' } },
      { decisionId: 'not-here', draft: { response: 'adopt', explanation: '' } },
    ]);
    expect(result).toEqual({ ok: false, missing: ['not-here'] });
    expect(await workspace.db.cascadeResponses.toArray()).toEqual(before);
    expect(second.id).toBeDefined();
  });
});

describe('the minutes of the next meeting of the series', () => {
  it('list the adaptations and objections to decisions of earlier meetings, not the adoptions', async () => {
    workspace = testWorkspace();
    const meeting = async (title: string, date: string) => {
      const created = await workspace.meetings.create({ title, date, startTime: '09:00', language: 'en' });
      if (!created.ok) throw new Error('meeting refused');
      await workspace.db.meetings.update(created.value.id, { seriesId: 's1' });
      return created.value.id;
    };
    const first = await meeting('Pricing board 1', '2026-11-27');
    const second = await meeting('Pricing board 2', '2026-12-11');
    const ana = await person('Ana Ruiz', 'Sales Iberia');
    const ownerId = await person('Clara Weiss', 'Central Marketing');
    const outcome = await workspace.decisions.record(
      first,
      draft({ accountablePersonId: ownerId, scope: 'Sales Iberia, Sales Nordics, Central Marketing' }),
    );
    if (!outcome.ok) throw new Error('refused');
    const rows = await liveRows(outcome.value.id);
    const answer = (unit: string, response: 'adopt' | 'adapt' | 'object', explanation = '') =>
      workspace.cascade.answer(
        defined(rows.find((row) => row.unit === unit)).id,
        { response, explanation },
        { source: 'register' },
      );
    await answer('Central Marketing', 'adopt');
    await answer('Sales Iberia', 'adapt', 'From Q2');
    await answer('Sales Nordics', 'object', 'Tenders');
    const next = await loadSnapshot(workspace.db, second);
    expect(
      next.cascadeToDiscuss
        ?.map((item) => [item.unit, item.response, item.explanation, item.ownerPersonId])
        .sort(),
    ).toEqual([
      ['Sales Iberia', 'adapt', 'From Q2', ana],
      ['Sales Nordics', 'object', 'Tenders', undefined],
    ]);
    expect(next.people.map((person) => person.name)).toContain('Ana Ruiz');
    expect((await loadSnapshot(workspace.db, first)).cascadeToDiscuss).toBeUndefined();
  });
});
