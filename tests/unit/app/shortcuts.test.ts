// @vitest-environment jsdom
import { act, cleanup, render, renderHook } from '@testing-library/react';
import { createElement, useLayoutEffect } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  describeCombo,
  matches,
  useActiveShortcuts,
  useShortcut,
  type Shortcut,
} from '../../../renderer/shortcuts/registry';

afterEach(() => {
  cleanup();
  document.body.innerHTML = '';
});

const key = (init: KeyboardEventInit) => ({
  code: '',
  key: '',
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...init,
});

describe('matching a key combination', () => {
  it('matches the code and exactly the modifiers asked for', () => {
    const altN = { code: 'KeyN', alt: true };
    expect(matches(key({ code: 'KeyN', altKey: true }), altN)).toBe(true);
    expect(matches(key({ code: 'KeyN' }), altN)).toBe(false);
    expect(matches(key({ code: 'KeyN', altKey: true, ctrlKey: true }), altN)).toBe(false);
    expect(matches(key({ code: 'KeyM', altKey: true }), altN)).toBe(false);
  });

  it('treats Cmd as Ctrl and checks Shift only when the combination says so', () => {
    expect(matches(key({ code: 'KeyZ', metaKey: true }), { code: 'KeyZ', ctrl: true })).toBe(true);
    expect(matches(key({ code: 'KeyZ', ctrlKey: true, shiftKey: true }), { code: 'KeyZ', ctrl: true })).toBe(
      true,
    );
    expect(
      matches(key({ code: 'KeyZ', ctrlKey: true, shiftKey: true }), {
        code: 'KeyZ',
        ctrl: true,
        shift: false,
      }),
    ).toBe(false);
  });

  it('matches a printed symbol by its key on any layout', () => {
    expect(matches(key({ key: '?', code: 'Slash', shiftKey: true }), { key: '?' })).toBe(true);
    expect(matches(key({ key: '?', code: 'Minus', shiftKey: true }), { key: '?' })).toBe(true);
    expect(matches(key({ key: '/', code: 'Slash' }), { key: '?' })).toBe(false);
  });
});

describe('describing a combination', () => {
  it('reads as people write it', () => {
    expect(describeCombo({ code: 'KeyN', alt: true })).toBe('Alt+N');
    expect(describeCombo({ code: 'KeyZ', ctrl: true })).toBe('Ctrl+Z');
    expect(describeCombo({ code: 'Digit1', ctrl: true, shift: true })).toBe('Ctrl+Shift+1');
    expect(describeCombo({ key: '?' })).toBe('?');
    expect(describeCombo({ code: 'Escape' })).toBe('Escape');
  });
});

function register(shortcut: Shortcut) {
  const calls = { count: 0 };
  renderHook(() =>
    useShortcut(shortcut, () => {
      calls.count += 1;
    }),
  );
  return calls;
}

function press(target: EventTarget, init: KeyboardEventInit) {
  const event = new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });
  act(() => {
    target.dispatchEvent(event);
  });
  return event;
}

function field() {
  const input = document.createElement('input');
  document.body.append(input);
  return input;
}

describe('the registry', () => {
  it('runs a shortcut and prevents the browser default', () => {
    const next = register({ id: 'next', combo: { code: 'KeyN', alt: true }, label: 'run.next' });
    const event = press(document.body, { code: 'KeyN', altKey: true });
    expect(next.count).toBe(1);
    expect(event.defaultPrevented).toBe(true);
  });

  it('keeps plain keys for typing in a field but lets Alt shortcuts through', () => {
    const help = register({ id: 'help', combo: { key: '?' }, label: 'shortcuts.help' });
    const next = register({ id: 'next', combo: { code: 'KeyN', alt: true }, label: 'run.next' });
    const input = field();
    const typed = press(input, { key: '?', code: 'Slash', shiftKey: true });
    expect(help.count).toBe(0);
    expect(typed.defaultPrevented).toBe(false);
    press(input, { code: 'KeyN', altKey: true });
    expect(next.count).toBe(1);
    press(document.body, { key: '?', code: 'Slash', shiftKey: true });
    expect(help.count).toBe(1);
  });

  it('leaves Ctrl+Z to a field when the shortcut says so', () => {
    const undo = register({
      id: 'undo',
      combo: { code: 'KeyZ', ctrl: true },
      label: 'undo.shortcut',
      notWhileTyping: true,
    });
    const inField = press(field(), { code: 'KeyZ', ctrlKey: true });
    expect(undo.count).toBe(0);
    expect(inField.defaultPrevented).toBe(false);
    press(document.body, { code: 'KeyZ', ctrlKey: true });
    expect(undo.count).toBe(1);
  });

  it('ignores shortcuts other than help while a modal dialog is open', () => {
    const next = register({ id: 'next', combo: { code: 'KeyN', alt: true }, label: 'run.next' });
    const dialog = document.createElement('dialog');
    dialog.setAttribute('open', '');
    document.body.append(dialog);
    press(document.body, { code: 'KeyN', altKey: true });
    expect(next.count).toBe(0);
  });

  it('is live in the same commit that shows the component, so a key pressed at once is not lost', () => {
    // The sibling's layout effect runs right after the shortcut's component is in the DOM and before
    // React's passive effects: the moment a fast (or waiting) key press can arrive.
    let ran = 0;
    const Control = () => {
      useShortcut({ id: 'next', combo: { code: 'KeyN', alt: true }, label: 'run.next' }, () => {
        ran += 1;
      });
      return null;
    };
    const PressAtOnce = () => {
      useLayoutEffect(() => {
        document.body.dispatchEvent(
          new KeyboardEvent('keydown', { code: 'KeyN', altKey: true, bubbles: true, cancelable: true }),
        );
      }, []);
      return null;
    };
    render(createElement('div', null, createElement(Control), createElement(PressAtOnce)));
    expect(ran).toBe(1);
  });

  it('keeps the page shortcuts on under a dialog that lets them through', () => {
    const next = register({ id: 'next', combo: { code: 'KeyN', alt: true }, label: 'run.next' });
    const overlay = document.createElement('dialog');
    overlay.setAttribute('open', '');
    overlay.setAttribute('data-page-shortcuts', 'true');
    document.body.append(overlay);
    press(document.body, { code: 'KeyN', altKey: true });
    expect(next.count).toBe(1);
  });

  it('lists what is registered and forgets it on unmount', () => {
    const { result } = renderHook(() => useActiveShortcuts());
    const view = renderHook(() =>
      useShortcut({ id: 'skip', combo: { code: 'KeyS', alt: true }, label: 'run.skip' }, () => undefined),
    );
    expect(result.current.map((shortcut) => shortcut.id)).toContain('skip');
    view.unmount();
    expect(result.current.map((shortcut) => shortcut.id)).not.toContain('skip');
  });
});
