// Real Dexie over fake-indexeddb (tests/data/setup.ts); one database per test.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { BUILT_IN_TEMPLATES, builtInTemplateFor } from '../../renderer/domain/templates';
import { testWorkspace, type TestWorkspace } from './fixtures';

const draft = { title: 'Q1 joint strategy', date: '2026-12-01', startTime: '09:00', language: 'en' as const };
const QUARTERLY = 'builtin:quarterly-strategy:en';
let workspace: TestWorkspace;

afterEach(async () => {
  vi.restoreAllMocks();
  await workspace.close();
});

async function createFromQuarterly() {
  const outcome = await workspace.templates.createMeetingFromTemplate(draft, QUARTERLY);
  if (!outcome.ok) throw new Error('create from template failed');
  return outcome.value;
}

describe('creating a meeting from a template', () => {
  it('writes the meeting with the template duration, ground rules and id, and its agenda in order', async () => {
    workspace = testWorkspace();
    const template = builtInTemplateFor('quarterly-strategy', 'en');
    const { meeting } = await createFromQuarterly();

    expect(await workspace.db.meetings.get(meeting.id)).toMatchObject({
      title: 'Q1 joint strategy',
      status: 'planned',
      durationMinutes: template.durationMinutes,
      groundRules: template.groundRules,
      templateId: QUARTERLY,
    });
    const items = await workspace.db.agendaItems
      .where('[meetingId+position]')
      .between([meeting.id, -Infinity], [meeting.id, Infinity])
      .toArray();
    expect(items.map((item) => [item.position, item.title, item.timeboxMinutes])).toEqual(
      template.agenda.map((item, index) => [index + 1, item.title, item.timeboxMinutes]),
    );
    expect(items.every((item) => item.status === 'pending' && item.createdAt === meeting.createdAt)).toBe(
      true,
    );
  });

  it('does not share the ground rules array with the built-in template', async () => {
    workspace = testWorkspace();
    const { meeting } = await createFromQuarterly();
    expect(meeting.groundRules).not.toBe(builtInTemplateFor('quarterly-strategy', 'en').groundRules);
  });

  it('leaves no meeting behind when writing the agenda fails', async () => {
    workspace = testWorkspace();
    const bulkAdd = vi.spyOn(workspace.db.agendaItems, 'bulkAdd').mockRejectedValue(new Error('disk full'));
    await expect(workspace.templates.createMeetingFromTemplate(draft, QUARTERLY)).rejects.toThrow(
      'disk full',
    );
    expect(bulkAdd).toHaveBeenCalledOnce();
    expect(await workspace.db.meetings.count()).toBe(0);
    expect(await workspace.db.agendaItems.count()).toBe(0);
  });

  it('refuses an unknown template and writes nothing', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.templates.createMeetingFromTemplate(draft, 'builtin:nothing:en');
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'template', code: 'template-unknown' }] });
    expect(await workspace.db.meetings.count()).toBe(0);
  });

  it('refuses a bad draft and writes nothing', async () => {
    workspace = testWorkspace();
    const outcome = await workspace.templates.createMeetingFromTemplate({ ...draft, title: ' ' }, QUARTERLY);
    expect(outcome).toEqual({ ok: false, errors: [{ field: 'title', code: 'title-empty' }] });
    expect(await workspace.db.meetings.count()).toBe(0);
    expect(await workspace.db.agendaItems.count()).toBe(0);
  });
});

describe('saving an agenda as a template', () => {
  it('round-trips: a meeting made from the saved template gets the same agenda', async () => {
    workspace = testWorkspace();
    const { meeting, agendaItems } = await createFromQuarterly();
    const [first, second] = agendaItems;
    if (!first || !second) throw new Error('expected items');
    await workspace.db.agendaItems.update(second.id, { position: 0.5 });
    await workspace.db.agendaItems.update(first.id, { deletedAt: '2026-11-27T09:00:00.000Z' });

    const saved = await workspace.templates.saveAgendaAsTemplate(meeting.id, '  Our quarterly ');
    if (!saved.ok) throw new Error('save failed');
    expect(saved.value).toMatchObject({ name: 'Our quarterly', builtIn: false, language: 'en' });
    expect(await workspace.db.templates.get(saved.value.id)).toEqual(saved.value);
    expect(saved.value.agenda.map((item) => item.title)).toEqual(
      agendaItems.slice(1).map((item) => item.title),
    );

    const again = await workspace.templates.createMeetingFromTemplate(
      { ...draft, title: 'Q2 joint strategy' },
      saved.value.id,
    );
    if (!again.ok) throw new Error('create from saved template failed');
    expect(again.value.meeting.templateId).toBe(saved.value.id);
    expect(again.value.agendaItems.map((item) => item.title)).toEqual(
      saved.value.agenda.map((item) => item.title),
    );
  });

  it('refuses an unknown meeting and an empty name, writing nothing', async () => {
    workspace = testWorkspace();
    const { meeting } = await createFromQuarterly();
    expect(await workspace.templates.saveAgendaAsTemplate('no-such-meeting', 'Name')).toEqual({
      ok: false,
      errors: [{ field: 'meeting', code: 'meeting-unknown' }],
    });
    expect(await workspace.templates.saveAgendaAsTemplate(meeting.id, ' ')).toEqual({
      ok: false,
      errors: [{ field: 'name', code: 'name-empty' }],
    });
    expect(await workspace.db.templates.count()).toBe(0);
  });
});

describe('deleting a template', () => {
  it('refuses to delete a built-in template', async () => {
    workspace = testWorkspace();
    for (const template of BUILT_IN_TEMPLATES) {
      expect(await workspace.templates.deleteTemplate(template.id)).toEqual({
        ok: false,
        errors: [{ field: 'template', code: 'template-built-in' }],
      });
    }
    expect(await workspace.db.templates.count()).toBe(0);
  });

  it('deletes a user template softly, after which it cannot be used, and restores it', async () => {
    workspace = testWorkspace();
    const { meeting } = await createFromQuarterly();
    const saved = await workspace.templates.saveAgendaAsTemplate(meeting.id, 'Ours');
    if (!saved.ok) throw new Error('save failed');
    workspace.advance(1);

    const deleted = await workspace.templates.deleteTemplate(saved.value.id);
    expect(deleted).toEqual({
      ok: true,
      value: { ...saved.value, deletedAt: '2026-11-27T09:01:00.000Z', updatedAt: '2026-11-27T09:01:00.000Z' },
    });
    expect(await workspace.templates.createMeetingFromTemplate(draft, saved.value.id)).toEqual({
      ok: false,
      errors: [{ field: 'template', code: 'template-unknown' }],
    });

    const restored = await workspace.templates.restoreTemplate(saved.value.id);
    expect(restored.ok && 'deletedAt' in restored.value).toBe(false);
    expect((await workspace.templates.createMeetingFromTemplate(draft, saved.value.id)).ok).toBe(true);
  });

  it('reports an unknown template', async () => {
    workspace = testWorkspace();
    expect(await workspace.templates.deleteTemplate('nope')).toEqual({
      ok: false,
      errors: [{ field: 'template', code: 'template-unknown' }],
    });
  });
});
