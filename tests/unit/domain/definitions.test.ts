import { describe, expect, it } from 'vitest';
import {
  attachedDefinitions,
  checkDefinitionDraft,
  listDefinitions,
  MAX_MEANING_LENGTH,
  MAX_TERM_LENGTH,
  newDefinition,
  reviseDefinition,
  sameTerm,
  withDefinitionId,
  withoutDefinitionId,
  type DefinitionDraft,
} from '../../../renderer/domain/definitions';
import type { Definition } from '../../../renderer/domain/types';

const NOW = '2026-11-27T09:00:00.000Z';

const draft: DefinitionDraft = {
  term: '  Qualified   lead ',
  meaning: '  A contact with budget, need and a buying date within six months.\n',
  agreedInMeetingId: '',
};

function definition(term: string, id: string, overrides: Partial<Definition> = {}): Definition {
  return { id, createdAt: NOW, updatedAt: NOW, term, meaning: `${term} means …`, ...overrides };
}

describe('checking a definition', () => {
  it('cleans the term, trims the meaning and leaves out a meeting that was not given', () => {
    expect(checkDefinitionDraft(draft, [])).toEqual({
      ok: true,
      value: {
        term: 'Qualified lead',
        meaning: 'A contact with budget, need and a buying date within six months.',
      },
    });
  });

  it('refuses an empty term and an empty meaning at once', () => {
    expect(checkDefinitionDraft({ ...draft, term: ' ', meaning: '\n' }, [])).toEqual({
      ok: false,
      errors: [
        { field: 'term', code: 'term-empty' },
        { field: 'meaning', code: 'meaning-empty' },
      ],
    });
  });

  it('accepts term and meaning at their limits and refuses one character more', () => {
    const atLimit = { ...draft, term: 't'.repeat(MAX_TERM_LENGTH), meaning: 'm'.repeat(MAX_MEANING_LENGTH) };
    expect(checkDefinitionDraft(atLimit, []).ok).toBe(true);
    expect(
      checkDefinitionDraft({ ...atLimit, term: `${atLimit.term}t`, meaning: `${atLimit.meaning}m` }, []),
    ).toEqual({
      ok: false,
      errors: [
        { field: 'term', code: 'term-too-long' },
        { field: 'meaning', code: 'meaning-too-long' },
      ],
    });
  });

  it('refuses a term that already exists, whatever its case, accents or spacing', () => {
    const existing = [definition('Qualified lead', 'd1'), definition('Öffnungsrate', 'd2')];
    for (const term of ['qualified LEAD', ' Qualified  lead ', 'Offnungsrate', 'ÖFFNUNGSRATE']) {
      expect(checkDefinitionDraft({ ...draft, term }, existing), term).toEqual({
        ok: false,
        errors: [{ field: 'term', code: 'term-taken' }],
      });
    }
  });

  it('accepts the term of a deleted definition, and lets an edited definition keep its own term', () => {
    expect(checkDefinitionDraft(draft, [definition('Qualified lead', 'd1', { deletedAt: NOW })]).ok).toBe(
      true,
    );
    expect(checkDefinitionDraft(draft, [definition('Qualified lead', 'd1')], 'd1').ok).toBe(true);
  });

  it('compares terms without case and accents', () => {
    expect(sameTerm('Marge', 'MARGE')).toBe(true);
    expect(sameTerm('Lead', 'Leads')).toBe(false);
  });
});

describe('a definition record', () => {
  it('is created with the meeting it was agreed in', () => {
    const checked = checkDefinitionDraft({ ...draft, agreedInMeetingId: 'm1' }, []);
    if (!checked.ok) throw new Error('draft must be valid');
    expect(newDefinition(checked.value, { now: NOW, newId: () => 'd1' })).toEqual({
      id: 'd1',
      createdAt: NOW,
      updatedAt: NOW,
      term: 'Qualified lead',
      meaning: 'A contact with budget, need and a buying date within six months.',
      agreedInMeetingId: 'm1',
    });
  });

  it('loses the meeting link when an edit clears it', () => {
    const revised = reviseDefinition(
      definition('Lead', 'd1', { agreedInMeetingId: 'm1' }),
      { term: 'Lead', meaning: 'new' },
      '2026-11-28T10:00:00.000Z',
    );
    expect(revised).toEqual({
      ...definition('Lead', 'd1'),
      meaning: 'new',
      updatedAt: '2026-11-28T10:00:00.000Z',
    });
    expect('agreedInMeetingId' in revised).toBe(false);
  });
});

describe('attaching definitions to a meeting', () => {
  it('adds an id once, so attaching twice changes nothing', () => {
    expect(withDefinitionId(['d1'], 'd2')).toEqual(['d1', 'd2']);
    expect(withDefinitionId(['d1', 'd2'], 'd1')).toEqual(['d1', 'd2']);
  });

  it('removes every occurrence on detach', () => {
    expect(withoutDefinitionId(['d1', 'd2', 'd1'], 'd1')).toEqual(['d2']);
  });

  it('shows the live attached definitions in attach order', () => {
    const all = [definition('A', 'd1'), definition('B', 'd2'), definition('C', 'd3', { deletedAt: NOW })];
    expect(attachedDefinitions(all, ['d2', 'd3', 'missing', 'd1']).map((d) => d.id)).toEqual(['d2', 'd1']);
  });
});

describe('listing the glossary', () => {
  const all = [
    definition('Upsell', 'd1'),
    definition('Öffnungsrate', 'd2', { meaning: 'Anteil geöffneter Mails' }),
    definition('Churn', 'd3', { deletedAt: NOW }),
    definition('lead', 'd4'),
  ];

  it('sorts live definitions alphabetically, ignoring case and accents', () => {
    expect(listDefinitions(all, '').map((d) => d.term)).toEqual(['lead', 'Öffnungsrate', 'Upsell']);
  });

  it('finds definitions by term or meaning', () => {
    expect(listDefinitions(all, 'geoffneter').map((d) => d.id)).toEqual(['d2']);
    expect(listDefinitions(all, 'churn')).toEqual([]);
  });
});
