/**
 * The projection setting: what the audience view shows. It lives in the `settings` table, so the
 * facilitator's window writes it and every audience window (or the presentation overlay) follows
 * through the same live query. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { projectionFor, type Projection } from '../domain/projection';
import type { Id } from '../domain/types';
import { useWorkspace } from './provider';

/** The projection for one meeting (the default when the stored one belongs to another meeting). */
export function useProjection(meetingId: Id): Projection | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('projection');
    return projectionFor(row?.key === 'projection' ? row.value : undefined, meetingId);
  }, [db, meetingId]);
}

/** Stores a new projection; every window follows. */
export function useSetProjection(): (projection: Projection) => Promise<void> {
  const { db } = useWorkspace();
  return useCallback(
    async (projection) => {
      await db.settings.put({ key: 'projection', value: projection });
    },
    [db],
  );
}
