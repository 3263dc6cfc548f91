/**
 * Live queries of the workspace settings (one row per key in the `settings` table): the UI
 * language, and the projection, what the audience view shows. The facilitator's window writes the
 * projection and every audience window (or the presentation overlay) follows through the same
 * live query. `undefined` means loading.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { clampVolume, DEFAULT_CHIME, type ChimeSetting } from '../../domain/chime';
import { cockpitTabOf, projectionFor, type Projection } from '../../domain/projection';
import { savedViewsOf } from '../../domain/register-address';
import type { Id, Language, SavedRegisterView } from '../../domain/types';
import { useWorkspace } from '../provider';

/** The projection for one meeting (the default when the stored one belongs to another meeting). */
export function useProjection(meetingId: Id): Projection | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('projection');
    return projectionFor(row?.key === 'projection' ? row.value : undefined, meetingId);
  }, [db, meetingId]);
}

/** The stored UI language: `null` when none was chosen yet, `undefined` while loading. */
export function useStoredLanguage(): Language | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('language');
    return row?.key === 'language' ? row.value : null;
  }, [db]);
}

/** Whether the mirrored-screen safety is on for `meetingId` (off by default); `undefined` while loading. */
export function useMirroredScreen(meetingId: Id): boolean | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('mirroredScreen');
    return row?.key === 'mirroredScreen' && row.value.includes(meetingId);
  }, [db, meetingId]);
}

/** The cockpit tab last chosen in `meetingId` on this device: `null` when none, `undefined` while loading. */
export function useCockpitTab(meetingId: Id): string | null | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('cockpitTab');
    return (row?.key === 'cockpitTab' && cockpitTabOf(row.value, meetingId)) || null;
  }, [db, meetingId]);
}

/** The run screen's chime: off by default. `undefined` while loading. */
export function useChimeSetting(): ChimeSetting | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('chime');
    if (row?.key !== 'chime') return DEFAULT_CHIME;
    return { enabled: row.value.enabled === true, volume: clampVolume(row.value.volume) };
  }, [db]);
}

/** The register's saved views on this device, in the order saved. `undefined` while loading. */
export function useRegisterViews(): SavedRegisterView[] | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('registerViews');
    return savedViewsOf(row?.key === 'registerViews' ? row.value : []);
  }, [db]);
}

/** The organisation unit this device answers for: empty when none was chosen. `undefined` while loading. */
export function useMyUnit(): string | undefined {
  const { db } = useWorkspace();
  return useLiveQuery(async () => {
    const row = await db.settings.get('myUnit');
    return row?.key === 'myUnit' && typeof row.value === 'string' ? row.value : '';
  }, [db]);
}
