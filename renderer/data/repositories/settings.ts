/**
 * Workspace settings, one row per key. The projection (what the audience view shows) lives here
 * too: the facilitator's window writes it and every audience window follows its live query; and the
 * meetings whose screen is mirrored to the room and the cockpit tab chosen in each meeting (device
 * preferences, not part of any export).
 */
import { clampVolume, type ChimeSetting } from '../../domain/chime';
import { withCockpitTab, withMirroredScreen, type Projection } from '../../domain/projection';
import { savedViewsOf } from '../../domain/register-address';
import type { Id, Language, SavedRegisterView } from '../../domain/types';
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
  /** Adds a saved view of the register (after the others). */
  addRegisterView(view: Omit<SavedRegisterView, 'id'>): Promise<SavedRegisterView>;
  /** Puts a deleted view back where it was (undo). */
  restoreRegisterView(view: SavedRegisterView, index: number): Promise<void>;
  renameRegisterView(id: Id, name: string): Promise<void>;
  /** Removes a saved view; resolves to where it was, for undo (-1 when it was not there). */
  deleteRegisterView(id: Id): Promise<number>;
  /** Remembers the organisation unit this device answers for (empty: none); never exported. */
  setMyUnit(unit: string): Promise<void>;
}

export function settingsRepository(
  db: TandemDatabase,
  newId: () => string = () => crypto.randomUUID(),
): SettingsRepository {
  const changeViews = (change: (views: SavedRegisterView[]) => SavedRegisterView[]) =>
    db.transaction('rw', db.settings, async () => {
      const row = await db.settings.get('registerViews');
      const stored = savedViewsOf(row?.key === 'registerViews' ? row.value : []);
      await db.settings.put({ key: 'registerViews', value: change(stored) });
    });
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
    async addRegisterView(view) {
      const added = { ...view, id: newId(), name: view.name.trim() };
      await changeViews((views) => [...views, added]);
      return added;
    },
    async restoreRegisterView(view, index) {
      await changeViews((views) => {
        const rest = views.filter((other) => other.id !== view.id);
        rest.splice(index < 0 ? rest.length : index, 0, view);
        return rest;
      });
    },
    async renameRegisterView(id, name) {
      await changeViews((views) =>
        views.map((view) => (view.id === id ? { ...view, name: name.trim() } : view)),
      );
    },
    async setMyUnit(unit) {
      const trimmed = unit.trim().slice(0, 200);
      if (trimmed === '') await db.settings.delete('myUnit');
      else await db.settings.put({ key: 'myUnit', value: trimmed });
    },
    async deleteRegisterView(id) {
      let index = -1;
      await changeViews((views) => {
        index = views.findIndex((view) => view.id === id);
        return views.filter((view) => view.id !== id);
      });
      return index;
    },
  };
}
