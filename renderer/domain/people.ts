/**
 * Rules for people in the directory: checking what the user typed, creating and changing a
 * person, the order and search of the list, and finding people whose name the user is typing
 * again (so the directory offers the existing person instead of growing a duplicate).
 * Pure functions: the clock and the id source are parameters.
 */
import { LIMITS } from './limits';
import { cleanLine, foldForSearch, matchesQuery } from './text';
import type { Department, DepartmentId, Id, Person, Timestamp } from './types';

/** The longest name the directory accepts. */
export const MAX_PERSON_NAME_LENGTH = LIMITS.person.name;
/** The longest organisation unit, e.g. "Sales Iberia". */
export const MAX_ORG_UNIT_LENGTH = LIMITS.person.orgUnit;
/** The longest email address RFC 5321 allows. */
export const MAX_EMAIL_LENGTH = LIMITS.person.email;

/** What the person form collects; `email` may be empty. */
export interface PersonDraft {
  name: string;
  departmentId: DepartmentId;
  orgUnit: string;
  email: string;
}

/** The cleaned values of an accepted draft; `email` is absent when none was given. */
export interface CheckedPerson {
  name: string;
  departmentId: DepartmentId;
  orgUnit: string;
  email?: string;
}

/** Why a draft was refused; the UI translates each code. */
export type PersonFieldError =
  | { field: 'name'; code: 'name-empty' | 'name-too-long' }
  | { field: 'departmentId'; code: 'department-unknown' }
  | { field: 'orgUnit'; code: 'org-unit-too-long' }
  | { field: 'email'; code: 'email-invalid' };

export type PersonDraftCheck = { ok: true; value: CheckedPerson } | { ok: false; errors: PersonFieldError[] };

// Deliberately loose: one @, something before it, a dot in the domain, no spaces. Real
// validation is sending a mail, which Tandem never does.
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks every field of a draft against the current department list and reports all problems. */
export function checkPersonDraft(draft: PersonDraft, departments: readonly Department[]): PersonDraftCheck {
  const errors: PersonFieldError[] = [];
  const name = cleanLine(draft.name);
  const orgUnit = cleanLine(draft.orgUnit);
  const email = draft.email.trim();
  if (name === '') errors.push({ field: 'name', code: 'name-empty' });
  else if (name.length > MAX_PERSON_NAME_LENGTH) errors.push({ field: 'name', code: 'name-too-long' });
  if (!departments.some((department) => department.id === draft.departmentId))
    errors.push({ field: 'departmentId', code: 'department-unknown' });
  if (orgUnit.length > MAX_ORG_UNIT_LENGTH) errors.push({ field: 'orgUnit', code: 'org-unit-too-long' });
  if (email !== '' && (email.length > MAX_EMAIL_LENGTH || !EMAIL_PATTERN.test(email)))
    errors.push({ field: 'email', code: 'email-invalid' });
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedPerson = { name, departmentId: draft.departmentId, orgUnit };
  if (email !== '') value.email = email;
  return { ok: true, value };
}

/** Builds a new, active person from a checked draft. */
export function newPerson(checked: CheckedPerson, context: { now: Timestamp; newId: () => Id }): Person {
  return {
    id: context.newId(),
    createdAt: context.now,
    updatedAt: context.now,
    ...checked,
    archived: false,
  };
}

/** The person with the checked values; an email left empty is removed. */
export function changePerson(person: Person, checked: CheckedPerson, now: Timestamp): Person {
  const { email: _previousEmail, ...rest } = person;
  return { ...rest, ...checked, updatedAt: now };
}

/** A name folded for comparison: case, accents and extra white space do not count. */
export function foldName(name: string): string {
  return foldForSearch(cleanLine(name));
}

/** Alphabetical by name, ignoring case and accents; ties keep a stable order by id. */
export function comparePeopleByName(a: Person, b: Person): number {
  const byName = foldName(a.name).localeCompare(foldName(b.name), 'en');
  return byName !== 0 ? byName : a.id.localeCompare(b.id);
}

/**
 * The people sorted as `comparePeopleByName` sorts them, with each name folded once instead of
 * twice per comparison (a directory of 400 people: 400 folds instead of about 7,000).
 */
export function sortPeopleByName<P extends Person>(people: readonly P[]): P[] {
  return people
    .map((person) => ({ person, key: foldName(person.name) }))
    .sort((a, b) => a.key.localeCompare(b.key, 'en') || a.person.id.localeCompare(b.person.id))
    .map((entry) => entry.person);
}

/**
 * People whose name resembles `name`, best first: the same name (folded), then names that start
 * with what was typed, then names that contain every typed word. An empty name matches nobody.
 */
export function findSimilarPeople(name: string, people: readonly Person[]): Person[] {
  const typed = foldName(name);
  if (typed === '') return [];
  const words = typed.split(' ');
  const rank = (person: Person): number => {
    const candidate = foldName(person.name);
    if (candidate === typed) return 0;
    if (candidate.startsWith(typed)) return 1;
    return words.every((word) => candidate.includes(word)) ? 2 : -1;
  };
  return people
    .map((person) => ({ person, rank: rank(person) }))
    .filter((entry) => entry.rank >= 0)
    .sort((a, b) => a.rank - b.rank || comparePeopleByName(a.person, b.person))
    .map((entry) => entry.person);
}

/** The people whose name is the same as `name` once case, accents and spacing are folded. */
export function findSameName(name: string, people: readonly Person[]): Person[] {
  const typed = foldName(name);
  return people.filter((person) => typed !== '' && foldName(person.name) === typed);
}

/** The directory list for a search over name and unit; archived people only when asked for. */
export function listPeople(
  people: readonly Person[],
  options: { query: string; showArchived: boolean },
): Person[] {
  return people
    .filter((person) => options.showArchived || !person.archived)
    .filter((person) => matchesQuery(`${person.name} ${person.orgUnit}`, options.query))
    .sort(comparePeopleByName);
}

/**
 * Whom to offer when adding a participant for what was typed: active people not yet excluded,
 * the best name matches first (as `findSimilarPeople`), then people whose unit matches.
 */
export function pickerCandidates(
  people: readonly Person[],
  query: string,
  excludeIds: readonly Id[],
): Person[] {
  const excluded = new Set(excludeIds);
  const active = people.filter((person) => !person.archived && !excluded.has(person.id));
  if (cleanLine(query) === '') return [...active].sort(comparePeopleByName);
  const byName = findSimilarPeople(query, active);
  const named = new Set(byName);
  const byUnit = active
    .filter((person) => !named.has(person) && matchesQuery(`${person.name} ${person.orgUnit}`, query))
    .sort(comparePeopleByName);
  return [...byName, ...byUnit];
}

/** True when the picker should offer to create `query` as a new person: nobody active has that name. */
export function offersCreate(people: readonly Person[], query: string): boolean {
  if (cleanLine(query) === '') return false;
  return findSameName(query, people).every((person) => person.archived);
}
