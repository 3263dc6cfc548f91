/**
 * The register as the screen shows it: the live records joined once per change of data or
 * language (names of departments are translated), the filter choices derived from them, and the
 * filtered lists, recomputed only when the filter or the data changes — a keystroke in the search
 * costs one scan of prepared entries. `today` drives "overdue"; tests pass a fixed day.
 */
import { useMemo } from 'react';
import { localDateOf } from '../../domain/calendar';
import { partyName } from '../../domain/parties';
import { buildRegister, type Register } from '../../domain/register';
import { filterActions, filterDecisions, type RegisterFilter } from '../../domain/register-filter';
import { registerOptions, type RegisterOptions } from '../../domain/register-options';
import type { CalendarDate, Party } from '../../domain/types';
import { useRegisterRecords } from '../../data/queries/register';
import { useMyUnit } from '../../data/queries/settings';
import { useNow } from '../../ui/use-now';
import { useDepartmentName } from '../../ui/department-name';

export interface RegisterView {
  register: Register;
  /** The filter applied: the one asked for, without an owner or department the register does not know. */
  filter: RegisterFilter;
  options: RegisterOptions;
  /** The unit this device answers for ("awaiting my unit"); empty when none is chosen. */
  myUnit: string;
  decisions: Register['decisions'];
  actions: Register['actions'];
}

/** The register and its filtered view; `undefined` while the records load. */
export function useRegisterView(filter: RegisterFilter, today: CalendarDate): RegisterView | undefined {
  const records = useRegisterRecords();
  const myUnit = useMyUnit();
  const departmentName = useDepartmentName();
  const register = useMemo(() => {
    if (records === undefined) return undefined;
    const people = new Map(records.people.map((person) => [person.id, person.name]));
    const name = (party: Party) =>
      partyName(party, { person: (id) => people.get(id) ?? '', department: departmentName });
    return buildRegister(records, name);
  }, [records, departmentName]);
  const options = useMemo(() => register && registerOptions(register), [register]);
  const known = useMemo(() => options && knownChoices(filter, options), [filter, options]);
  const decisions = useMemo(
    () =>
      register &&
      known &&
      myUnit !== undefined &&
      filterDecisions(register.decisions, known, { today, myUnit }),
    [register, known, today, myUnit],
  );
  const actions = useMemo(
    () => register && known && filterActions(register.actions, known, today),
    [register, known, today],
  );
  if (!register || !options || !known || !decisions || !actions || myUnit === undefined) return undefined;
  return { register, filter: known, options, myUnit, decisions, actions };
}

/** An address may name an owner or department that is not (or no longer) in the register: ignored. */
function knownChoices(filter: RegisterFilter, options: RegisterOptions): RegisterFilter {
  const ownerKnown = filter.ownerId === '' || options.owners.some((owner) => owner.id === filter.ownerId);
  const departmentKnown = filter.departmentId === '' || options.departmentIds.includes(filter.departmentId);
  if (ownerKnown && departmentKnown) return filter;
  return {
    ...filter,
    ownerId: ownerKnown ? filter.ownerId : '',
    departmentId: departmentKnown ? filter.departmentId : '',
  };
}

/** Today's local date, refreshed each minute; `fixed` overrides it (tests, screenshots). */
export function useToday(fixed?: CalendarDate): CalendarDate {
  const now = useNow(60_000);
  return fixed ?? localDateOf(new Date(now));
}
