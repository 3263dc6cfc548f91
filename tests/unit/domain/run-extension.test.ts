import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../../renderer/domain/limits';
import { timeboxProgress, itemBand } from '../../../renderer/domain/projection';
import {
  extendActiveItem,
  extensionRefusalOf,
  setExtensionAsker,
  withdrawExtension,
} from '../../../renderer/domain/run-extension';
import {
  effectiveTimeboxMinutes,
  extendedMinutes,
  isOverrun,
  itemRemainingMs,
} from '../../../renderer/domain/run-clock';
import type { AgendaItem, Meeting } from '../../../renderer/domain/types';

const T0 = Date.parse('2026-11-27T09:00:00.000Z');
const at = (minutes: number) => new Date(T0 + minutes * 60_000).toISOString();

const running: Meeting = {
  id: 'm',
  createdAt: at(-60),
  updatedAt: at(-60),
  title: 'Q1',
  goal: '',
  date: '2026-11-27',
  startTime: '09:00',
  durationMinutes: 60,
  location: '',
  language: 'en',
  status: 'running',
  startedAt: at(0),
  activeAgendaItemId: 'a',
  groundRules: [],
  definitionIds: [],
};

const active: AgendaItem = {
  id: 'a',
  createdAt: at(-60),
  updatedAt: at(-60),
  meetingId: 'm',
  position: 1,
  title: 'Pipeline review',
  description: '',
  kind: 'discussion',
  presenterIds: [],
  timeboxMinutes: 10,
  status: 'active',
  spans: [{ start: at(0) }],
  extensions: [],
  notes: '',
};

describe('extending the running item', () => {
  it('adds one extension, stamped, and leaves the planned timebox as it was', () => {
    const outcome = extendActiveItem(running, [active], 5, at(9));
    expect(outcome).toEqual({
      ok: true,
      item: { ...active, extensions: [{ at: at(9), minutes: 5 }], updatedAt: at(9) },
    });
  });

  it('counts the timer against timebox plus extensions', () => {
    const item = {
      ...active,
      extensions: [
        { at: at(9), minutes: 1 },
        { at: at(9.5), minutes: 5 },
      ],
    };
    expect(extendedMinutes(item)).toBe(6);
    expect(effectiveTimeboxMinutes(item)).toBe(16);
    expect(itemRemainingMs(item, at(12))).toBe(4 * 60_000);
    expect(isOverrun(item, at(12))).toBe(false);
    expect(isOverrun(active, at(12))).toBe(true);
    expect(timeboxProgress(item, at(8))).toBe(0.5);
    expect(itemBand(item, at(12))).toBe('closing');
  });

  it('is refused when no item runs, while paused, for a bad number of minutes or past the limit', () => {
    expect(extensionRefusalOf({ ...running, status: 'planned' }, [active], 1)).toBe('not-running');
    expect(extensionRefusalOf({ ...running, status: 'ended' }, [active], 1)).toBe('not-running');
    expect(extensionRefusalOf({ ...running, activeAgendaItemId: undefined }, [active], 1)).toBe(
      'no-active-item',
    );
    expect(extensionRefusalOf(running, [{ ...active, deletedAt: at(1) }], 1)).toBe('no-active-item');
    expect(extensionRefusalOf({ ...running, pausedAt: at(3) }, [active], 1)).toBe('paused');
    for (const minutes of [0, -1, 1.5, 61, Number.NaN])
      expect(extensionRefusalOf(running, [active], minutes)).toBe('bad-minutes');
    const full = {
      ...active,
      extensions: Array.from({ length: LIMITS.agendaItem.extensions }, (_, i) => ({ at: at(i), minutes: 1 })),
    };
    expect(extendActiveItem(running, [full], 1, at(9))).toEqual({
      ok: false,
      refusal: 'too-many-extensions',
    });
    expect(extendActiveItem(running, [active], 60, at(9)).ok).toBe(true);
  });

  it('takes an extension back by its stamp (undo), and refuses one that is gone', () => {
    const extended = {
      ...active,
      extensions: [
        { at: at(9), minutes: 1 },
        { at: at(10), minutes: 5 },
      ],
    };
    const outcome = withdrawExtension(extended, at(10), at(11));
    expect(outcome).toEqual({
      ok: true,
      item: { ...extended, extensions: [{ at: at(9), minutes: 1 }], updatedAt: at(11) },
    });
    expect(withdrawExtension(active, at(10), at(11))).toEqual({ ok: false, refusal: 'no-extension' });
  });

  it('records who asked, and clears it', () => {
    const extended = { ...active, extensions: [{ at: at(9), minutes: 5 }] };
    const asked = setExtensionAsker(extended, at(9), 'p-ana', at(10));
    expect(asked.ok && asked.item.extensions).toEqual([{ at: at(9), minutes: 5, askedByPersonId: 'p-ana' }]);
    const cleared = asked.ok ? setExtensionAsker(asked.item, at(9), undefined, at(11)) : asked;
    expect(cleared.ok && cleared.item.extensions).toEqual([{ at: at(9), minutes: 5 }]);
    expect(setExtensionAsker(active, at(9), 'p-ana', at(10))).toEqual({ ok: false, refusal: 'no-extension' });
  });
});
