import { afterEach, describe, expect, it } from 'vitest';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft = { name: 'Ana Souza', departmentId: 'sales', orgUnit: 'Sales Iberia', email: '' };
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

async function createAna() {
  const created = await workspace.people.create(draft);
  if (!created.ok) throw new Error('create failed');
  return created.value;
}

describe('people repository', () => {
  it('stores a created person as active, with cleaned fields and no empty email', async () => {
    workspace = testWorkspace();
    await workspace.people.create({ ...draft, name: '  Ana   Souza ' });
    const stored = await workspace.db.people.toArray();
    expect(stored).toEqual([
      {
        id: '00000000-0000-4000-8000-000000000001',
        createdAt: '2026-11-27T09:00:00.000Z',
        updatedAt: '2026-11-27T09:00:00.000Z',
        name: 'Ana Souza',
        departmentId: 'sales',
        orgUnit: 'Sales Iberia',
        archived: false,
      },
    ]);
  });

  it('writes nothing when the draft is refused', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.people.create({ ...draft, name: '', email: 'not-an-email' });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'name-empty' },
        { field: 'email', code: 'email-invalid' },
      ],
    });
    expect(await workspace.db.people.count()).toBe(0);
  });

  it('accepts a custom department once it is in the list, and refuses one that is not', async () => {
    workspace = testWorkspace();
    expect((await workspace.people.create({ ...draft, departmentId: 'finance' })).ok).toBe(false);
    const added = await workspace.departments.add('Finance');
    if (!added.ok) throw new Error('add failed');
    expect((await workspace.people.create({ ...draft, departmentId: added.department.id })).ok).toBe(true);
  });

  it('updates a person, moving updatedAt and keeping creation and archive state', async () => {
    workspace = testWorkspace();
    const ana = await createAna();
    workspace.advance(3);
    const outcome = await workspace.people.update(ana.id, {
      ...draft,
      orgUnit: 'Sales Southern Europe',
      email: 'ana@example.com',
    });
    expect(outcome.ok).toBe(true);
    expect(await workspace.db.people.get(ana.id)).toEqual({
      ...ana,
      orgUnit: 'Sales Southern Europe',
      email: 'ana@example.com',
      updatedAt: '2026-11-27T09:03:00.000Z',
    });
  });

  it('keeps the stored person when an update is refused', async () => {
    workspace = testWorkspace();
    const ana = await createAna();
    const outcome = await workspace.people.update(ana.id, { ...draft, name: ' ', departmentId: 'nope' });
    expect(outcome.ok).toBe(false);
    expect(await workspace.db.people.get(ana.id)).toEqual(ana);
  });

  it('archives and unarchives without touching anything else', async () => {
    workspace = testWorkspace();
    const ana = await createAna();
    workspace.advance(1);
    await workspace.people.archive(ana.id);
    expect(await workspace.db.people.get(ana.id)).toEqual({
      ...ana,
      archived: true,
      updatedAt: '2026-11-27T09:01:00.000Z',
    });
    workspace.advance(1);
    await workspace.people.unarchive(ana.id);
    expect(await workspace.db.people.get(ana.id)).toEqual({
      ...ana,
      archived: false,
      updatedAt: '2026-11-27T09:02:00.000Z',
    });
  });
});
