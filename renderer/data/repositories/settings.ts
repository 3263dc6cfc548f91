/**
 * Workspace settings, one row per key. The projection (what the audience view shows) lives here
 * too: the facilitator's window writes it and every audience window follows its live query; and the
 * meetings whose screen is mirrored to the room and the cockpit tab chosen in each meeting (device
 * preferences, not part of any export).
 */
import { clampVolume, type ChimeSetting } from '../../domain/chime';
import { withCockpitTab, withMirroredScreen, type Projection } from '../../domain/projection';
import type { Id, Language } from '../../domain/types';
import type { TandemDatabase } from '../database';

export interface SettingsRepository {
  setLanguage(language: Language): Promise<void>;
  /** Stores a new projection; every window follows. */
  setProjection(projection: Projection): Promise<void>;
  /** Turns the mirrored-screen safety of one meeting on or off on this device (never exported). */
  setMirroredScreen(meetingId: Id, on: boolean): Promise<void>;
  /** Remembers the cockpit tab chosen in one meeting on this device (never exported). */
  setCockpitTab(meetingId: Id, tab: string): Promise<void>;
  /** Turns the run screen's chime on or off and sets its volume (kept within 0–100). */
  setChime(chime: ChimeSetting): Promise<void>;
}

export function settingsRepository(db: TandemDatabase): SettingsRepository {
  return {
    async setLanguage(language) {
      await db.settings.put({ key: 'language', value: language });
    },
    async setProjection(projection) {
      await db.settings.put({ key: 'projection', value: projection });
    },
    async setMirroredScreen(meetingId, on) {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('mirroredScreen');
        const stored = row?.key === 'mirroredScreen' ? row.value : [];
        await db.settings.put({ key: 'mirroredScreen', value: withMirroredScreen(stored, meetingId, on) });
      });
    },
    async setCockpitTab(meetingId, tab) {
      await db.transaction('rw', db.settings, async () => {
        const row = await db.settings.get('cockpitTab');
        const stored = row?.key === 'cockpitTab' ? row.value : [];
        await db.settings.put({ key: 'cockpitTab', value: withCockpitTab(stored, meetingId, tab) });
      });
    },
    async setChime(chime) {
      await db.settings.put({
        key: 'chime',
        value: { enabled: chime.enabled, volume: clampVolume(chime.volume) },
      });
    },
  };
}
