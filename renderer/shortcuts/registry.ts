/**
 * Keyboard shortcuts and commands. Every live action registers one with `useShortcut`, every
 * screen one with `useCommand` (a command without a key); the registry is what the "?" help lists
 * (the entries with a key) and what the Ctrl+K palette offers (all of them), so neither can drift
 * from what the keys really do. Shortcuts with Alt or
 * Ctrl work everywhere, even while typing in a field; plain keys (such as "?") only when the focus
 * is not in a text field, so typing is never hijacked. Keys are matched by `event.code`, which stays
 * the same on every keyboard layout and on macOS, where Alt+letter types a special character.
 */
import { useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { MessageKey } from '../i18n/language';

export interface KeyCombo {
  /** A KeyboardEvent `code`, e.g. `KeyN`, `Escape`; or, for a printed symbol such as "?", `key`. */
  code?: string;
  /** A character matched by `event.key`, for symbols whose key differs between layouts ("?"). */
  key?: string;
  alt?: boolean;
  ctrl?: boolean;
  shift?: boolean;
}

export interface Shortcut {
  id: string;
  /** The keys; none for a command only the palette runs (a screen to go to). */
  combo?: KeyCombo;
  /** What it does, in the help. */
  label: MessageKey;
  /** Off while typing in a field even with a modifier, where the field has its own use for it (Ctrl+Z). */
  notWhileTyping?: boolean;
}

type Entry = { shortcut: Shortcut; run: () => void };

const registry = new Map<string, Entry>();
const listeners = new Set<() => void>();
let snapshot: readonly Shortcut[] = [];

function changed() {
  snapshot = [...registry.values()].map((entry) => entry.shortcut);
  listeners.forEach((listener) => listener());
}

/** True when `event` is the key combination `combo`. */
export function matches(
  event: Pick<KeyboardEvent, 'code' | 'key' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
  combo: KeyCombo,
): boolean {
  return (
    (combo.key !== undefined ? event.key === combo.key : event.code === combo.code) &&
    event.altKey === Boolean(combo.alt) &&
    (event.ctrlKey || event.metaKey) === Boolean(combo.ctrl) &&
    (combo.shift === undefined || event.shiftKey === combo.shift)
  );
}

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

function onKeyDown(event: KeyboardEvent) {
  if (event.defaultPrevented || event.repeat) return;
  for (const { shortcut, run } of registry.values()) {
    if (!shortcut.combo || !matches(event, shortcut.combo)) continue;
    const modified = Boolean(shortcut.combo.alt || shortcut.combo.ctrl) && !shortcut.notWhileTyping;
    // Plain keys never fire while the user types in a field.
    if (!modified && isTyping(event.target)) return;
    // A modal dialog owns the keyboard; only its own keys apply (and "?" help), unless the dialog
    // says the page's keys stay on (the presentation over the run screen, ui/Dialog.tsx).
    if (document.querySelector('dialog[open]:not([data-page-shortcuts])') && shortcut.id !== 'help') return;
    event.preventDefault();
    run();
    return;
  }
}

function install() {
  if (registry.size === 1) window.addEventListener('keydown', onKeyDown);
}

function uninstall() {
  if (registry.size === 0) window.removeEventListener('keydown', onKeyDown);
}

/**
 * Registers a shortcut while the calling component is mounted (and `enabled`). Layout effects, not
 * passive ones: they run in the same task that puts the component on the screen, so a key pressed
 * the moment its button appears is never lost (React runs passive effects in a later task, and the
 * browser handles input before it; a busy machine widens that gap), and the key always runs the
 * latest `run` (e.g. Alt+P resumes right after a pause).
 */
export function useShortcut(shortcut: Shortcut, run: () => void, enabled = true): void {
  const latest = useRef(run);
  useLayoutEffect(() => {
    latest.current = run;
  });
  const { id, combo, label, notWhileTyping } = shortcut;
  const { code, key, alt, ctrl, shift } = combo ?? {};
  const keyed = combo !== undefined;
  useLayoutEffect(() => {
    if (!enabled) return;
    registry.set(id, {
      shortcut: {
        id,
        combo: keyed ? { code, key, alt, ctrl, shift } : undefined,
        label,
        notWhileTyping,
      },
      run: () => latest.current(),
    });
    install();
    changed();
    return () => {
      registry.delete(id);
      uninstall();
      changed();
    };
  }, [id, keyed, code, key, alt, ctrl, shift, label, notWhileTyping, enabled]);
}

/** Registers a command without a key (e.g. a screen to go to), for the palette only. */
export function useCommand(command: Omit<Shortcut, 'combo'>, run: () => void, enabled = true): void {
  useShortcut(command, run, enabled);
}

/** Runs the registered entry `id` (the palette's Enter); false when it is no longer registered. */
export function runRegistered(id: string): boolean {
  const entry = registry.get(id);
  entry?.run();
  return entry !== undefined;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The shortcuts and commands active right now, for the help and the palette. */
export function useActiveShortcuts(): readonly Shortcut[] {
  return useSyncExternalStore(subscribe, () => snapshot);
}

/** A combination as people read it, e.g. "Alt+N" or "?". */
export function describeCombo(combo: KeyCombo): string {
  const key = combo.key ?? (combo.code ?? '').replace(/^Key|^Digit/, '');
  return [combo.ctrl ? 'Ctrl' : '', combo.alt ? 'Alt' : '', combo.shift && !combo.key ? 'Shift' : '', key]
    .filter(Boolean)
    .join('+');
}
