import { describe, expect, it } from 'vitest';
import { DEFAULT_DEPARTMENTS } from '../../../renderer/domain/departments';
import {
  changePerson,
  checkPersonDraft,
  findSameName,
  findSimilarPeople,
  listPeople,
  MAX_ORG_UNIT_LENGTH,
  MAX_PERSON_NAME_LENGTH,
  newPerson,
  offersCreate,
  pickerCandidates,
  sortPeopleByName,
  type PersonDraft,
} from '../../../renderer/domain/people';
import type { Person } from '../../../renderer/domain/types';

const draft: PersonDraft = {
  name: '  Ana   Souza ',
  departmentId: 'sales',
  orgUnit: ' Sales  Iberia ',
  email: ' ana@example.com ',
};

function person(id: string, name: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    createdAt: '2026-11-01T10:00:00.000Z',
    updatedAt: '2026-11-01T10:00:00.000Z',
    name,
    departmentId: 'marketing',
    orgUnit: '',
    archived: false,
    ...overrides,
  };
}

describe('checking a person', () => {
  it('cleans name, unit and email and keeps the department', () => {
    expect(checkPersonDraft(draft, DEFAULT_DEPARTMENTS)).toEqual({
      ok: true,
      value: { name: 'Ana Souza', departmentId: 'sales', orgUnit: 'Sales Iberia', email: 'ana@example.com' },
    });
  });

  it('leaves the email out when none was given', () => {
    const checked = checkPersonDraft({ ...draft, email: '  ' }, DEFAULT_DEPARTMENTS);
    expect(checked.ok && 'email' in checked.value).toBe(false);
  });

  it('refuses a blank name and a name over the limit, accepting one at the limit', () => {
    expect(checkPersonDraft({ ...draft, name: ' \t' }, DEFAULT_DEPARTMENTS)).toEqual({
      ok: false,
      errors: [{ field: 'name', code: 'name-empty' }],
    });
    expect(
      checkPersonDraft({ ...draft, name: 'x'.repeat(MAX_PERSON_NAME_LENGTH) }, DEFAULT_DEPARTMENTS).ok,
    ).toBe(true);
    expect(
      checkPersonDraft({ ...draft, name: 'x'.repeat(MAX_PERSON_NAME_LENGTH + 1) }, DEFAULT_DEPARTMENTS),
    ).toEqual({ ok: false, errors: [{ field: 'name', code: 'name-too-long' }] });
  });

  it('refuses a department that is not in the list', () => {
    expect(checkPersonDraft({ ...draft, departmentId: 'finance' }, DEFAULT_DEPARTMENTS)).toEqual({
      ok: false,
      errors: [{ field: 'departmentId', code: 'department-unknown' }],
    });
  });

  it('refuses an email that does not look like one', () => {
    for (const email of ['ana', 'ana@', 'ana@example', 'a na@example.com', '@example.com']) {
      expect(checkPersonDraft({ ...draft, email }, DEFAULT_DEPARTMENTS), email).toEqual({
        ok: false,
        errors: [{ field: 'email', code: 'email-invalid' }],
      });
    }
  });

  it('reports every wrong field at once', () => {
    const wrong = {
      name: '',
      departmentId: 'nope',
      orgUnit: 'u'.repeat(MAX_ORG_UNIT_LENGTH + 1),
      email: 'x',
    };
    expect(checkPersonDraft(wrong, DEFAULT_DEPARTMENTS)).toEqual({
      ok: false,
      errors: [
        { field: 'name', code: 'name-empty' },
        { field: 'departmentId', code: 'department-unknown' },
        { field: 'orgUnit', code: 'org-unit-too-long' },
        { field: 'email', code: 'email-invalid' },
      ],
    });
  });
});

describe('creating and changing a person', () => {
  it('creates an active person with the given clock and id', () => {
    const checked = checkPersonDraft(draft, DEFAULT_DEPARTMENTS);
    if (!checked.ok) throw new Error('fixture draft must be valid');
    expect(newPerson(checked.value, { now: '2026-11-27T09:00:00.000Z', newId: () => 'p1' })).toEqual({
      id: 'p1',
      createdAt: '2026-11-27T09:00:00.000Z',
      updatedAt: '2026-11-27T09:00:00.000Z',
      name: 'Ana Souza',
      departmentId: 'sales',
      orgUnit: 'Sales Iberia',
      email: 'ana@example.com',
      archived: false,
    });
  });

  it('drops the email when it was cleared, and keeps id, creation and archive state', () => {
    const before = person('p1', 'Ana', { email: 'ana@example.com', archived: true });
    const changed = changePerson(before, { name: 'Ana S.', departmentId: 'sales', orgUnit: '' }, 'later');
    expect(changed).toEqual({
      ...before,
      email: undefined,
      name: 'Ana S.',
      departmentId: 'sales',
      updatedAt: 'later',
    });
    expect('email' in changed).toBe(false);
  });
});

describe('finding people with a similar name', () => {
  const people = [
    person('1', 'José Álvarez'),
    person('2', 'Jose Alvarez-Ruiz'),
    person('3', 'Maria José Pérez'),
    person('4', 'Ana Souza'),
  ];

  it('puts the same name first, ignoring case, accents and extra spaces', () => {
    expect(findSimilarPeople('  jose   ALVAREZ ', people).map((p) => p.id)).toEqual(['1', '2']);
  });

  it('then names that start with the typed text, then names that contain every typed word', () => {
    expect(findSimilarPeople('jose', people).map((p) => p.id)).toEqual(['1', '2', '3']);
    expect(findSimilarPeople('perez maria', people).map((p) => p.id)).toEqual(['3']);
  });

  it('matches nobody for an empty name or a name no one has', () => {
    expect(findSimilarPeople('   ', people)).toEqual([]);
    expect(findSimilarPeople('Zoë', people)).toEqual([]);
  });

  it('finds exactly the same name only when folded names are equal', () => {
    expect(findSameName('JOSÉ  alvarez', people).map((p) => p.id)).toEqual(['1']);
    expect(findSameName('José', people)).toEqual([]);
  });
});

describe('the directory list', () => {
  const people = [
    person('1', 'Zoe Zimmer', { orgUnit: 'Central Marketing' }),
    person('2', 'Ana Souza', { orgUnit: 'Sales Iberia', departmentId: 'sales' }),
    person('3', 'Ölaf Berg', { orgUnit: 'Sales Nordics', archived: true }),
  ];

  it('sorts by name, ignoring accents, and hides archived people unless asked for', () => {
    expect(listPeople(people, { query: '', showArchived: false }).map((p) => p.id)).toEqual(['2', '1']);
    expect(listPeople(people, { query: '', showArchived: true }).map((p) => p.id)).toEqual(['2', '3', '1']);
  });

  it('searches name and unit', () => {
    expect(listPeople(people, { query: 'iberia', showArchived: false }).map((p) => p.id)).toEqual(['2']);
    expect(listPeople(people, { query: 'sales', showArchived: true }).map((p) => p.id)).toEqual(['2', '3']);
    expect(listPeople(people, { query: 'olaf', showArchived: true }).map((p) => p.id)).toEqual(['3']);
  });
});

describe('sorting the directory by name', () => {
  it('ignores case, accents and extra spaces, and orders equal names by id', () => {
    const people = [
      person('p3', 'émile Roux'),
      person('p2', 'Ana  Souza'),
      person('p1', 'ana souza'),
      person('p4', 'Zoë Adams'),
      person('p5', 'Bert Ng'),
    ];
    expect(sortPeopleByName(people).map((entry) => entry.id)).toEqual(['p1', 'p2', 'p5', 'p3', 'p4']);
    expect(people.map((entry) => entry.id)).toEqual(['p3', 'p2', 'p1', 'p4', 'p5']);
  });
});

describe('whom the picker offers', () => {
  const people = [
    person('1', 'Ana Souza', { orgUnit: 'Sales Iberia' }),
    person('2', 'Bruno Iberico'),
    person('3', 'Carla Dias', { orgUnit: 'Sales Iberia' }),
    person('4', 'Dora Archived', { archived: true }),
  ];

  it('offers active people not excluded, name matches before unit matches', () => {
    expect(pickerCandidates(people, '', ['3']).map((p) => p.id)).toEqual(['1', '2']);
    expect(pickerCandidates(people, 'iberi', []).map((p) => p.id)).toEqual(['2', '1', '3']);
  });

  it('offers to create a name unless an active person already has it', () => {
    expect(offersCreate(people, 'Eva Lopes')).toBe(true);
    expect(offersCreate(people, ' ana  SOUZA')).toBe(false);
    expect(offersCreate(people, 'Dora Archived')).toBe(true);
    expect(offersCreate(people, '  ')).toBe(false);
  });
});
