/** A person's name by id, for screens that store only the id (participants, owners, presenters). */
import type { Id } from '../../domain/types';
import { usePerson } from '../../data/queries/people';

export function PersonName({ personId }: { personId: Id }) {
  const person = usePerson(personId);
  // While loading, and for an id that no longer resolves, show nothing rather than a raw UUID.
  return <>{person?.name ?? ''}</>;
}
