/**
 * The only write path for the people directory. Every write checks the input with the domain
 * rules (against the department list of the same transaction) and changes nothing when refused.
 * People are archived, never deleted: meetings, decisions and actions keep referring to them.
 */
import {
  changePerson,
  checkPersonDraft,
  newPerson,
  type PersonDraft,
  type PersonFieldError,
} from '../../domain/people';
import type { Id, Person, Timestamp } from '../../domain/types';
import type { WriteContext } from '../context';
import type { TandemDatabase } from '../database';
import { readDepartments } from './departments';
import { changedSince, stale, type Stale } from './stale';

export type PersonWriteOutcome = { ok: true; value: Person } | { ok: false; errors: PersonFieldError[] };
export type PersonEditOutcome = PersonWriteOutcome | Stale<Person>;

export interface PeopleRepository {
  create(draft: PersonDraft): Promise<PersonWriteOutcome>;
  /** `base`: the `updatedAt` the edit started from; refused as stale when the person changed since. */
  update(id: Id, draft: PersonDraft, base?: Timestamp): Promise<PersonEditOutcome>;
  archive(id: Id): Promise<void>;
  unarchive(id: Id): Promise<void>;
}

export function peopleRepository(db: TandemDatabase, context: WriteContext): PeopleRepository {
  async function setArchived(id: Id, archived: boolean) {
    await db.people.update(id, { archived, updatedAt: context.now() });
  }

  return {
    create(draft) {
      return db.transaction('rw', db.people, db.settings, async () => {
        const checked = checkPersonDraft(draft, await readDepartments(db));
        if (!checked.ok) return checked;
        const person = newPerson(checked.value, { now: context.now(), newId: context.newId });
        await db.people.add(person);
        return { ok: true as const, value: person };
      });
    },

    update(id, draft, base) {
      return db.transaction('rw', db.people, db.settings, async (): Promise<PersonEditOutcome> => {
        const checked = checkPersonDraft(draft, await readDepartments(db));
        if (!checked.ok) return checked;
        const person = await db.people.get(id);
        if (!person) throw new Error(`No person ${id}`);
        if (changedSince(person, base)) return stale(person);
        const changed = changePerson(person, checked.value, context.now());
        await db.people.put(changed);
        return { ok: true as const, value: changed };
      });
    },

    archive: (id) => setArchived(id, true),
    unarchive: (id) => setArchived(id, false),
  };
}
