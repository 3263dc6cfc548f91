/**
 * Extending the running item's timer (+1, +5 minutes): a pure rule that returns the item with one
 * more extension, or a refusal as data. The timebox itself stays as planned; the timers count
 * against timebox + extensions (`run-clock.ts`), and the minutes show planned vs extended vs actual.
 */
import { LIMITS } from './limits';
import { activeItemOf } from './run';
import type { AgendaItem, Id, Meeting, TimerExtension, Timestamp } from './types';

/** The two extensions the run screen offers. */
export const EXTENSION_STEPS = [1, 5] as const;

export type ExtensionRefusal =
  'not-running' | 'no-active-item' | 'paused' | 'bad-minutes' | 'too-many-extensions' | 'no-extension';

export type ExtensionOutcome = { ok: true; item: AgendaItem } | { ok: false; refusal: ExtensionRefusal };

/** Why the running item cannot be extended by `minutes`, or `undefined` when it can. */
export function extensionRefusalOf(
  meeting: Meeting,
  items: readonly AgendaItem[],
  minutes: number,
): ExtensionRefusal | undefined {
  const range = LIMITS.agendaItem.extensionMinutes;
  if (!Number.isInteger(minutes) || minutes < range.min || minutes > range.max) return 'bad-minutes';
  if (meeting.status !== 'running') return 'not-running';
  if (meeting.pausedAt !== undefined) return 'paused';
  const active = activeItemOf(meeting, items);
  if (!active) return 'no-active-item';
  if ((active.extensions ?? []).length >= LIMITS.agendaItem.extensions) return 'too-many-extensions';
  return undefined;
}

/** Adds `minutes` to the running item's timer, stamped `now`. */
export function extendActiveItem(
  meeting: Meeting,
  items: readonly AgendaItem[],
  minutes: number,
  now: Timestamp,
): ExtensionOutcome {
  const refusal = extensionRefusalOf(meeting, items, minutes);
  if (refusal !== undefined) return { ok: false, refusal };
  // extensionRefusalOf found the active item.
  const active = activeItemOf(meeting, items) as AgendaItem;
  const extension: TimerExtension = { at: now, minutes };
  return {
    ok: true,
    item: { ...active, extensions: [...(active.extensions ?? []), extension], updatedAt: now },
  };
}

/** Takes back the extension stamped `at` (the undo of an extension). */
export function withdrawExtension(item: AgendaItem, at: Timestamp, now: Timestamp): ExtensionOutcome {
  const extensions = item.extensions ?? [];
  const index = extensions.findIndex((extension) => extension.at === at);
  if (index < 0) return { ok: false, refusal: 'no-extension' };
  return {
    ok: true,
    item: { ...item, extensions: extensions.filter((_, i) => i !== index), updatedAt: now },
  };
}

/** Records who asked for the extension stamped `at`; `undefined` clears it. */
export function setExtensionAsker(
  item: AgendaItem,
  at: Timestamp,
  personId: Id | undefined,
  now: Timestamp,
): ExtensionOutcome {
  const extensions = item.extensions ?? [];
  if (!extensions.some((extension) => extension.at === at)) return { ok: false, refusal: 'no-extension' };
  return {
    ok: true,
    item: {
      ...item,
      extensions: extensions.map((extension) => {
        if (extension.at !== at) return extension;
        const { askedByPersonId: _old, ...rest } = extension;
        return personId === undefined ? rest : { ...rest, askedByPersonId: personId };
      }),
      updatedAt: now,
    },
  };
}
