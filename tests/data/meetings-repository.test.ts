import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../renderer/data/database';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft = { title: 'Q1 joint strategy', date: '2026-12-01', startTime: '09:00', language: 'en' as const };
let workspace: TestWorkspace;

afterEach(async () => {
  await workspace.close();
});

describe('meetings repository', () => {
  it('stores a created meeting with a UUID and the cleaned title', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.meetings.create({ ...draft, title: '  Q1   joint strategy ' });
    expect(outcome.ok).toBe(true);
    const stored = await workspace.db.meetings.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ title: 'Q1 joint strategy', date: '2026-12-01', status: 'planned' });
    expect(stored[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('writes nothing when the draft is refused', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.meetings.create({ ...draft, title: ' ', date: '2026-02-30' });
    expect(outcome).toEqual({
      ok: false,
      errors: [
        { field: 'title', code: 'title-empty' },
        { field: 'date', code: 'date-invalid' },
      ],
    });
    expect(await workspace.db.meetings.count()).toBe(0);
  });

  it('renames a meeting and moves its updatedAt, keeping everything else', async () => {
    workspace = testWorkspace();
    const created = await workspace.meetings.create(draft);
    if (!created.ok) throw new Error('create failed');
    workspace.advance(5);
    await workspace.meetings.rename(created.value.id, 'Q1 strategy, Marketing and Sales');
    const stored = await workspace.db.meetings.get(created.value.id);
    expect(stored).toEqual({
      ...created.value,
      title: 'Q1 strategy, Marketing and Sales',
      updatedAt: '2026-11-27T09:05:00.000Z',
    });
  });

  it('refuses an empty new title and keeps the old one', async () => {
    workspace = testWorkspace();
    const created = await workspace.meetings.create(draft);
    if (!created.ok) throw new Error('create failed');
    const outcome = await workspace.meetings.rename(created.value.id, '   ');
    expect(outcome.ok).toBe(false);
    expect((await workspace.db.meetings.get(created.value.id))?.title).toBe('Q1 joint strategy');
  });

  it('deletes softly, so undo restores the meeting exactly, without the deletion mark', async () => {
    workspace = testWorkspace();
    const created = await workspace.meetings.create(draft);
    if (!created.ok) throw new Error('create failed');
    await workspace.meetings.softDelete(created.value.id);
    expect((await workspace.db.meetings.get(created.value.id))?.deletedAt).toBe('2026-11-27T09:00:00.000Z');
    workspace.advance(1);
    await workspace.meetings.restore(created.value.id);
    const restored = await workspace.db.meetings.get(created.value.id);
    expect(restored).toEqual({ ...created.value, updatedAt: '2026-11-27T09:01:00.000Z' });
    expect(restored && 'deletedAt' in restored).toBe(false);
  });

  it('keeps meetings and the language setting when the database is closed and opened again', async () => {
    const name = `reopen-${Math.random()}`;
    workspace = testWorkspace(name);
    await workspace.meetings.create(draft);
    await workspace.settings.setLanguage('de');
    await workspace.close();

    const reopened = openDatabase(name);
    expect((await reopened.meetings.toArray()).map((m) => m.title)).toEqual(['Q1 joint strategy']);
    expect(await reopened.settings.get('language')).toEqual({ key: 'language', value: 'de' });
    reopened.close();
  });
});
