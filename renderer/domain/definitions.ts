/**
 * Rules for the glossary of agreed definitions: terms both sides use the same way (what counts as
 * a "qualified lead"). The glossary is workspace-wide and outlives meetings; a meeting lists the
 * definitions it relies on in `Meeting.definitionIds`. A term may exist only once, compared without
 * case and accents, so "Qualified lead" and "qualified LEAD" can never mean two things.
 */
import { LIMITS } from './limits';
import { cleanLine, foldForSearch, matchesQuery } from './text';
import type { Definition, Id, Timestamp } from './types';

/** The longest term the app accepts. */
export const MAX_TERM_LENGTH = LIMITS.definition.term;
/** The longest meaning the app accepts. */
export const MAX_MEANING_LENGTH = LIMITS.definition.meaning;

/** What the definition forms collect. An empty `agreedInMeetingId` means "not recorded". */
export interface DefinitionDraft {
  term: string;
  meaning: string;
  agreedInMeetingId: Id | '';
}

/** Why a draft was refused; the UI translates each code. */
export type DefinitionFieldError =
  | { field: 'term'; code: 'term-empty' | 'term-too-long' | 'term-taken' }
  | { field: 'meaning'; code: 'meaning-empty' | 'meaning-too-long' };

export interface CheckedDefinition {
  term: string;
  meaning: string;
  agreedInMeetingId?: Id;
}

export type DefinitionCheck =
  { ok: true; value: CheckedDefinition } | { ok: false; errors: DefinitionFieldError[] };

/** True when two terms name the same thing: equal after folding case, accents and spacing. */
export function sameTerm(a: string, b: string): boolean {
  return foldForSearch(cleanLine(a)) === foldForSearch(cleanLine(b));
}

/** The live definition, other than `exceptId`, that already uses `term`; undefined when it is free. */
export function findTermOwner(
  term: string,
  existing: readonly Definition[],
  exceptId?: Id,
): Definition | undefined {
  return existing.find(
    (definition) =>
      definition.deletedAt === undefined && definition.id !== exceptId && sameTerm(definition.term, term),
  );
}

/**
 * Checks every field of a draft against the rules and the existing glossary, reporting all problems
 * at once. `editingId` is the definition being edited, which may keep its own term.
 */
export function checkDefinitionDraft(
  draft: DefinitionDraft,
  existing: readonly Definition[],
  editingId?: Id,
): DefinitionCheck {
  const errors: DefinitionFieldError[] = [];
  const term = cleanLine(draft.term);
  const meaning = draft.meaning.trim();
  if (term === '') errors.push({ field: 'term', code: 'term-empty' });
  else if (term.length > MAX_TERM_LENGTH) errors.push({ field: 'term', code: 'term-too-long' });
  else if (findTermOwner(term, existing, editingId)) errors.push({ field: 'term', code: 'term-taken' });
  if (meaning === '') errors.push({ field: 'meaning', code: 'meaning-empty' });
  else if (meaning.length > MAX_MEANING_LENGTH) errors.push({ field: 'meaning', code: 'meaning-too-long' });
  if (errors.length > 0) return { ok: false, errors };
  const value: CheckedDefinition = { term, meaning };
  if (draft.agreedInMeetingId !== '') value.agreedInMeetingId = draft.agreedInMeetingId;
  return { ok: true, value };
}

/** Builds a new definition from a checked draft. */
export function newDefinition(
  checked: CheckedDefinition,
  context: { now: Timestamp; newId: () => Id },
): Definition {
  return { id: context.newId(), createdAt: context.now, updatedAt: context.now, ...checked };
}

/** A definition with the fields of an edited draft; clearing the meeting removes the link. */
export function reviseDefinition(
  definition: Definition,
  checked: CheckedDefinition,
  now: Timestamp,
): Definition {
  const { agreedInMeetingId: _agreedInMeetingId, ...rest } = definition;
  return { ...rest, ...checked, updatedAt: now };
}

/** Ids with `id` added at the end, unless it is already there (attaching twice changes nothing). */
export function withDefinitionId(ids: readonly Id[], id: Id): Id[] {
  return ids.includes(id) ? [...ids] : [...ids, id];
}

/** Ids without `id` (every occurrence, in case older data held duplicates). */
export function withoutDefinitionId(ids: readonly Id[], id: Id): Id[] {
  return ids.filter((candidate) => candidate !== id);
}

/** Alphabetical by term, ignoring case and accents; the order of a glossary. */
export function compareByTerm(a: Definition, b: Definition): number {
  return foldForSearch(a.term).localeCompare(foldForSearch(b.term)) || a.createdAt.localeCompare(b.createdAt);
}

/** The live definitions whose term or meaning matches the query, alphabetically. */
export function listDefinitions(definitions: readonly Definition[], query: string): Definition[] {
  return definitions
    .filter((definition) => definition.deletedAt === undefined)
    .filter((definition) => matchesQuery(`${definition.term} ${definition.meaning}`, query))
    .sort(compareByTerm);
}

/** The live definitions attached to a meeting, in the order they were attached. */
export function attachedDefinitions(definitions: readonly Definition[], ids: readonly Id[]): Definition[] {
  const byId = new Map(definitions.map((definition) => [definition.id, definition]));
  return ids.flatMap((id) => {
    const definition = byId.get(id);
    return definition && definition.deletedAt === undefined ? [definition] : [];
  });
}
