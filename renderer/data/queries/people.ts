/** Live queries of the people directory and the department list; `undefined` means loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import { sortPeopleByName } from '../../domain/people';
import type { Department, Id, Person } from '../../domain/types';
import { useWorkspace } from '../provider';
import { readDepartments } from '../repositories/departments';
import { everyPerson } from './early-reads';

/** Every person, archived ones included, sorted by name. */
export function usePeople(): Person[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => sortPeopleByName(await everyPerson(db)), [db]);
}

/** One person by id: `null` when there is none, `undefined` while loading. */
export function usePerson(id: Id): Person | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => (await db.people.get(id)) ?? null, [db, id]);
}

/** The configurable department list (the defaults until the user changes it). */
export function useDepartments(): Department[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(() => readDepartments(db), [db]);
}
