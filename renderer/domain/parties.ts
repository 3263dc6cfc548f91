/** RACI parties (a person, a department or an organisation unit) as people read them. */
import type { DepartmentId, Id, Party } from './types';

/** How to name the people and departments a party may point to, in the reader's language. */
export interface PartyNames {
  person: (id: Id) => string;
  department: (id: DepartmentId) => string;
}

/** What a party is called: the person's name, the department or the unit. */
export function partyName(party: Party, names: PartyNames): string {
  switch (party.kind) {
    case 'person':
      return names.person(party.personId);
    case 'department':
      return names.department(party.departmentId);
    case 'org-unit':
      return party.name;
  }
}
