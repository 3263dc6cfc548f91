/** The department columns of a vote on the run screen: Marketing, Sales and the others present. */
import { useMemo } from 'react';
import type { Attendance, DepartmentId, Vote } from '../../domain/types';
import { presentDepartments, voteDepartments } from '../../domain/votes';
import { useDepartments, usePeople } from '../../data/queries/people';

export function useVoteColumns(vote: Vote | undefined, attendance: readonly Attendance[]): DepartmentId[] {
  const departments = useDepartments();
  const people = usePeople();
  return useMemo(
    () => voteDepartments(departments ?? [], presentDepartments(attendance, people ?? []), vote),
    [departments, people, attendance, vote],
  );
}
