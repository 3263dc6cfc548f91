import { describe, expect, it } from 'vitest';
import { DEFAULT_GROUND_RULES } from '../../../renderer/domain/ground-rules';
import {
  agendaItemsFromTemplate,
  checkTemplateName,
  MAX_TEMPLATE_NAME_LENGTH,
  templateFromAgenda,
} from '../../../renderer/domain/template-rules';
import {
  BUILT_IN_TEMPLATE_KINDS,
  BUILT_IN_TEMPLATES,
  builtInTemplate,
  builtInTemplateFor,
  listTemplates,
  templateKindOf,
} from '../../../renderer/domain/templates';
import type { AgendaItem, Meeting, Template } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${++n}`;
}

describe('built-in templates', () => {
  it('offers every kind in English and German with the same number of items', () => {
    expect(BUILT_IN_TEMPLATE_KINDS.length).toBeGreaterThanOrEqual(4);
    expect(BUILT_IN_TEMPLATES).toHaveLength(BUILT_IN_TEMPLATE_KINDS.length * 2);
    for (const kind of BUILT_IN_TEMPLATE_KINDS) {
      const en = builtInTemplateFor(kind, 'en');
      const de = builtInTemplateFor(kind, 'de');
      expect(en).toMatchObject({ id: `builtin:${kind}:en`, language: 'en', builtIn: true });
      expect(de).toMatchObject({ id: `builtin:${kind}:de`, language: 'de', builtIn: true });
      expect(de.agenda).toHaveLength(en.agenda.length);
      expect(de.agenda.map((item) => [item.kind, item.timeboxMinutes])).toEqual(
        en.agenda.map((item) => [item.kind, item.timeboxMinutes]),
      );
      expect(templateKindOf(en)).toBe(kind);
      expect(templateKindOf(de)).toBe(kind);
    }
  });

  it('has unique ids and a fixed creation time', () => {
    const ids = BUILT_IN_TEMPLATES.map((template) => template.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.createdAt).toBe(template.updatedAt);
      expect(template.createdAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      expect(template.deletedAt).toBeUndefined();
      expect(builtInTemplate(template.id)).toBe(template);
    }
  });

  it('plans 6 to 10 items with timeboxes of 1 to 600 minutes that fit the duration', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.agenda.length, template.id).toBeGreaterThanOrEqual(6);
      expect(template.agenda.length, template.id).toBeLessThanOrEqual(10);
      for (const item of template.agenda) {
        expect(Number.isInteger(item.timeboxMinutes)).toBe(true);
        expect(item.timeboxMinutes).toBeGreaterThanOrEqual(1);
        expect(item.timeboxMinutes).toBeLessThanOrEqual(600);
      }
      const planned = template.agenda.reduce((sum, item) => sum + item.timeboxMinutes, 0);
      expect(planned, template.id).toBeLessThanOrEqual(template.durationMinutes);
    }
  });

  it('plans the quarterly session for about two hours', () => {
    expect(builtInTemplateFor('quarterly-strategy', 'en').durationMinutes).toBe(120);
  });

  it('has a name, and a title and description on every item', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.name.trim()).not.toBe('');
      expect(template.name.length).toBeLessThanOrEqual(MAX_TEMPLATE_NAME_LENGTH);
      for (const item of template.agenda) {
        expect(item.title.trim(), template.id).not.toBe('');
        expect(item.description.trim(), template.id).not.toBe('');
      }
    }
  });

  it('opens with a check-in and ground rules and closes with decisions and next steps', () => {
    for (const kind of BUILT_IN_TEMPLATE_KINDS) {
      const en = builtInTemplateFor(kind, 'en').agenda;
      const de = builtInTemplateFor(kind, 'de').agenda;
      expect(en[0]?.title).toMatch(/check-in.*ground rules/i);
      expect(de[0]?.title).toMatch(/Spielregeln/);
      expect(en.at(-1)?.title).toMatch(/decisions.*next steps/i);
      expect(de.at(-1)?.title).toMatch(/Beschlüsse.*nächste Schritte/);
      expect(en.some((item) => item.kind === 'decision')).toBe(true);
    }
  });

  it('writes German templates in German: no name, title or description copied from English', () => {
    for (const kind of BUILT_IN_TEMPLATE_KINDS) {
      const en = builtInTemplateFor(kind, 'en');
      const de = builtInTemplateFor(kind, 'de');
      expect(de.name).not.toBe(en.name);
      de.agenda.forEach((item, index) => {
        expect(item.title).not.toBe(en.agenda[index]?.title);
        expect(item.description).not.toBe(en.agenda[index]?.description);
      });
      const german = de.agenda.map((item) => item.description).join(' ');
      expect(german).toMatch(/\b(wir|und|der|die|das)\b/i);
    }
  });

  it('carries the default ground rules of its language', () => {
    for (const template of BUILT_IN_TEMPLATES) {
      expect(template.groundRules).toEqual(DEFAULT_GROUND_RULES[template.language]);
    }
  });

  it('knows no kind for a user template or a malformed id', () => {
    expect(templateKindOf({ id: '00000000-0000-4000-8000-000000000001' })).toBeUndefined();
    expect(templateKindOf({ id: 'builtin:unheard-of:en' })).toBeUndefined();
    expect(templateKindOf({ id: 'builtin:quarterly-strategy:fr' })).toBeUndefined();
    expect(builtInTemplate('builtin:unheard-of:en')).toBeUndefined();
  });
});

describe('listing templates', () => {
  const user = (id: string, name: string, deletedAt?: string): Template => ({
    ...builtInTemplateFor('price-offer', 'en'),
    id,
    name,
    builtIn: false,
    ...(deletedAt ? { deletedAt } : {}),
  });

  it('puts the built-ins first and then the live user templates by name', () => {
    const listed = listTemplates([
      user('u1', 'zebra review'),
      user('u2', 'Annual kick-off'),
      user('u3', 'Old', NOW),
    ]);
    expect(listed.slice(0, BUILT_IN_TEMPLATES.length)).toEqual(BUILT_IN_TEMPLATES);
    expect(listed.slice(BUILT_IN_TEMPLATES.length).map((t) => t.id)).toEqual(['u2', 'u1']);
  });

  it('ignores a stored row that claims a built-in id', () => {
    const listed = listTemplates([user('builtin:price-offer:en', 'Impostor')]);
    expect(listed).toEqual(BUILT_IN_TEMPLATES);
  });
});

describe('an agenda from a template', () => {
  it('makes pending items at positions 1..n with the injected clock and ids', () => {
    const template = builtInTemplateFor('lead-handover', 'de');
    const items = agendaItemsFromTemplate(template, 'meeting-1', { now: NOW, newId: counter('item') });
    expect(items).toHaveLength(template.agenda.length);
    items.forEach((item, index) => {
      const source = template.agenda[index];
      expect(item).toEqual({
        id: `item-${index + 1}`,
        createdAt: NOW,
        updatedAt: NOW,
        meetingId: 'meeting-1',
        position: index + 1,
        title: source?.title,
        description: source?.description,
        kind: source?.kind,
        presenterIds: [],
        timeboxMinutes: source?.timeboxMinutes,
        status: 'pending',
        spans: [],
        extensions: [],
        notes: '',
      });
    });
  });
});

describe('a template from an agenda', () => {
  const meeting: Meeting = {
    id: 'm1',
    createdAt: NOW,
    updatedAt: NOW,
    title: 'Q1 joint strategy',
    goal: '',
    date: '2026-12-01',
    startTime: '09:00',
    durationMinutes: 60,
    location: '',
    language: 'de',
    status: 'ended',
    groundRules: ['Wir reden miteinander.'],
    definitionIds: [],
  };
  const item = (id: string, position: number, over: Partial<AgendaItem> = {}): AgendaItem => ({
    id,
    createdAt: NOW,
    updatedAt: NOW,
    meetingId: 'm1',
    position,
    title: `Punkt ${id}`,
    description: `Über ${id}`,
    kind: 'discussion',
    presenterIds: [],
    timeboxMinutes: 15,
    status: 'pending',
    spans: [],
    extensions: [],
    notes: '',
    ...over,
  });

  it('keeps the live items in position order with the meeting language and ground rules', () => {
    const items = [
      item('c', 3, { kind: 'decision', status: 'done', notes: 'agreed', presenterIds: ['p1'] }),
      item('a', 0.5),
      item('gone', 1, { deletedAt: NOW }),
      item('b', 2, { timeboxMinutes: 20 }),
      item('other', 1.5, { meetingId: 'm2' }),
    ];
    const made = templateFromAgenda(
      { name: '  Unsere   Runde ', meeting, items },
      { now: NOW, newId: () => 't1' },
    );
    expect(made).toEqual({
      ok: true,
      value: {
        id: 't1',
        createdAt: NOW,
        updatedAt: NOW,
        name: 'Unsere Runde',
        language: 'de',
        builtIn: false,
        durationMinutes: 60,
        agenda: [
          { title: 'Punkt a', description: 'Über a', kind: 'discussion', timeboxMinutes: 15 },
          { title: 'Punkt b', description: 'Über b', kind: 'discussion', timeboxMinutes: 20 },
          { title: 'Punkt c', description: 'Über c', kind: 'decision', timeboxMinutes: 15 },
        ],
        groundRules: ['Wir reden miteinander.'],
      },
    });
  });

  it('stretches the duration to the planned agenda and keeps timeboxes within 1 to 600', () => {
    const items = [item('a', 1, { timeboxMinutes: 0 }), item('b', 2, { timeboxMinutes: 700 })];
    const made = templateFromAgenda({ name: 'Long', meeting, items }, { now: NOW, newId: () => 't' });
    if (!made.ok) throw new Error('expected a template');
    expect(made.value.agenda.map((entry) => entry.timeboxMinutes)).toEqual([1, 600]);
    expect(made.value.durationMinutes).toBe(601);
  });

  it('refuses a missing name and an agenda with no live items, reporting both', () => {
    const made = templateFromAgenda(
      { name: '  ', meeting, items: [item('gone', 1, { deletedAt: NOW })] },
      { now: NOW, newId: () => 't' },
    );
    expect(made).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'name-empty' },
        { field: 'agenda', code: 'agenda-empty' },
      ],
    });
  });

  it('refuses a name past the limit but accepts one at it', () => {
    expect(checkTemplateName('x'.repeat(MAX_TEMPLATE_NAME_LENGTH))).toEqual({
      ok: true,
      value: 'x'.repeat(MAX_TEMPLATE_NAME_LENGTH),
    });
    expect(checkTemplateName('x'.repeat(MAX_TEMPLATE_NAME_LENGTH + 1))).toEqual({
      ok: false,
      error: { field: 'name', code: 'name-too-long' },
    });
  });
});
