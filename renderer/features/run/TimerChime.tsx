/**
 * The chime beside the item timer: a "Chime" switch and, while it is on, a volume slider (stored in
 * the settings, off by default), and the watcher that sounds it once at 2 minutes left and once at zero per
 * item (domain/chime.ts decides when).
 */
import { useEffect, useId, useRef } from 'react';
import { chimeStep, DEFAULT_CHIME, type ChimeSetting, type ChimeState } from '../../domain/chime';
import { itemRemainingMs } from '../../domain/run-clock';
import type { AgendaItem } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useChimeSetting } from '../../data/queries/settings';
import { useT } from '../../i18n/react';
import { useNow } from '../../ui/use-now';
import { useWrite } from '../../ui/use-write';
import { playChime } from './chime-sound';

export function TimerChime({ item }: { item: AgendaItem }) {
  const t = useT();
  const stored = useChimeSetting();
  const chime = stored ?? DEFAULT_CHIME;
  const { settings } = useWorkspace();
  const { run } = useWrite();
  const volumeId = useId();
  const save = (next: ChimeSetting) => void run(() => settings.setChime(next));
  useChimeWatcher(item, stored);
  return (
    <div className="timer-chime">
      <label>
        <input
          type="checkbox"
          checked={chime.enabled}
          disabled={stored === undefined}
          onChange={(event) => save({ ...chime, enabled: event.target.checked })}
        />{' '}
        {t('run.chime.toggle')}
      </label>
      {chime.enabled && (
        <>
          <label htmlFor={volumeId} className="visually-hidden">
            {t('run.chime.volume')}
          </label>
          <input
            id={volumeId}
            type="range"
            min={0}
            max={100}
            step={5}
            value={chime.volume}
            onChange={(event) => save({ ...chime, volume: Number(event.target.value) })}
          />
        </>
      )}
    </div>
  );
}

/** Looks at the item every second and sounds each threshold once, when the chime is on. */
function useChimeWatcher(item: AgendaItem, chime: ChimeSetting | undefined) {
  const now = useNow(1000);
  const state = useRef<ChimeState | undefined>(undefined);
  const remaining = itemRemainingMs(item, now);
  useEffect(() => {
    // While the setting loads, nothing is looked at: the first look must see the real time.
    if (chime === undefined) return;
    const step = chimeStep(state.current, item.id, remaining);
    state.current = step.state;
    if (step.play && chime.enabled) playChime(step.play, chime.volume);
  }, [chime, item.id, remaining]);
}
