/**
 * Looking up the names the minutes print: people, departments (built-in ones in the meeting's
 * language, configured ones as named), RACI parties and agenda items.
 */
import { partyName } from '../parties';
import { formatNumber } from '../decisions';
import type { AgendaItem, Decision, DepartmentId, Id, Language, Party, Person } from '../types';
import type { MeetingSnapshot } from './snapshot';
import { word, type WordKey } from './words';

const BUILT_IN = new Set(['marketing', 'sales', 'product', 'management', 'other']);

export interface Names {
  person(id: Id | undefined): string;
  departmentOfPerson(id: Id | undefined): DepartmentId | undefined;
  department(id: DepartmentId | undefined): string;
  party(party: Party): string;
  parties(parties: readonly Party[]): string;
  agendaItem(id: Id | undefined): string;
  decisionNumber(id: Id | undefined): string;
}

export function names(snapshot: MeetingSnapshot, language: Language): Names {
  const people = new Map<Id, Person>(snapshot.people.map((person) => [person.id, person]));
  for (const { person } of snapshot.participants) if (person) people.set(person.id, person);
  const departments = new Map(snapshot.departments.map((department) => [department.id, department]));
  const items = new Map<Id, AgendaItem>(snapshot.agendaItems.map((item) => [item.id, item]));
  const decisions = new Map<Id, Decision>(
    [...snapshot.decisions, ...snapshot.supersededDecisions]
      .filter((decision) => decision.deletedAt === undefined)
      .map((decision) => [decision.id, decision]),
  );
  const dash = word(language, 'dash');
  const department = (id: DepartmentId | undefined): string => {
    if (id === undefined) return word(language, 'department.unknown');
    // Every built-in id has a `department.<id>` word; the set above lists exactly those ids.
    if (BUILT_IN.has(id)) return word(language, `department.${id}` as WordKey);
    return departments.get(id)?.name ?? id;
  };
  const party = (entry: Party): string =>
    partyName(entry, { person: (id) => people.get(id)?.name ?? dash, department });
  return {
    person: (id) => (id === undefined ? dash : (people.get(id)?.name ?? dash)),
    departmentOfPerson: (id) => (id === undefined ? undefined : people.get(id)?.departmentId),
    department,
    party,
    parties: (list) => (list.length === 0 ? dash : list.map(party).join(', ')),
    agendaItem: (id) => (id === undefined ? dash : (items.get(id)?.title ?? dash)),
    decisionNumber: (id) => {
      const decision = id === undefined ? undefined : decisions.get(id);
      return decision ? formatNumber(decision.number) : dash;
    },
  };
}
