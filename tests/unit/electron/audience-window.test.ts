import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WebContents, WindowOpenHandlerResponse } from 'electron';
import { createAudienceWindowRouter, isAudienceUrl } from '../../../electron/main/audience-window';
import { appWindowOptions, hardenWebContents } from '../../../electron/main/security';
import { asElectron, FakeBrowserWindow, resetElectronFake, screen } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const PRELOAD = '/opt/Tandem/resources/app.asar/dist-electron/preload.cjs';
const AUDIENCE = 'app://tandem/#/audience/m-1';

function display(id: number, x: number, internal = false, width = 1920, height = 1080) {
  return {
    id,
    internal,
    bounds: { x, y: 0, width, height },
    workArea: { x, y: 0, width, height: height - 40 },
  };
}
const laptop = display(1, 0, true, 1440, 900);
const projector = display(2, 1440);
const monitor = display(3, 3360, false, 2560, 1440);

/** The attached displays (the first is primary) and the one showing the facilitator's window. */
function attach(displays: ReturnType<typeof display>[], facilitatorId = laptop.id): void {
  screen.getAllDisplays.mockImplementation(() => displays);
  screen.getPrimaryDisplay.mockImplementation(() => ({ id: displays[0]?.id ?? 0 }));
  screen.getDisplayMatching.mockImplementation(() => ({ id: facilitatorId }));
}

/** Replugs displays and lets the screen report it. */
function replug(event: string, displays: ReturnType<typeof display>[]): void {
  attach(displays);
  screen.emit(event, {}, displays[0]);
}

/** The facilitator's window, whose webContents is hardened with the audience router. */
function facilitatorWindow() {
  const main = new FakeBrowserWindow();
  hardenWebContents(asElectron<WebContents>(main.webContents), PRELOAD, createAudienceWindowRouter());
  /** Plays Chromium and Electron: window.open, then the window Electron creates if allowed. */
  function windowOpen(url = AUDIENCE) {
    const handler = main.webContents.windowOpenHandler;
    const decision = asElectron<WindowOpenHandlerResponse>(handler?.({ url }));
    if (decision.action === 'deny') return { decision, window: null };
    const window = new FakeBrowserWindow({ ...decision.overrideBrowserWindowOptions });
    main.webContents.emit('did-create-window', window, { url });
    return { decision, window };
  }
  return { main, windowOpen };
}

beforeEach(() => {
  resetElectronFake();
  attach([laptop]);
});

describe('opening the audience view', () => {
  it('opens no second window with one display, so the renderer presents in its own window', () => {
    const { windowOpen } = facilitatorWindow();
    expect(windowOpen().decision).toEqual({ action: 'deny' });
    expect(FakeBrowserWindow.instances).toHaveLength(1);
    expect(screen.listenerCount('display-added')).toBe(0);
  });

  it('goes full screen on the external display with two, not on the facilitator’s', () => {
    attach([laptop, projector]);
    const { decision, window } = facilitatorWindow().windowOpen();
    expect(decision.overrideBrowserWindowOptions).toMatchObject(projector.bounds);
    expect(window?.setBounds).toHaveBeenCalledWith(projector.bounds);
    expect(window?.setFullScreen).toHaveBeenLastCalledWith(true);
  });

  it('goes on the laptop’s panel when the facilitator works on the external display', () => {
    attach([laptop, projector], projector.id);
    const { window } = facilitatorWindow().windowOpen();
    expect(window?.setBounds).toHaveBeenCalledWith(laptop.bounds);
    expect(window?.fullScreen).toBe(true);
  });

  it('picks an external display that is not the facilitator’s among three', () => {
    attach([laptop, monitor, projector], monitor.id);
    const { window } = facilitatorWindow().windowOpen();
    expect(window?.setBounds).toHaveBeenCalledWith(projector.bounds);
  });

  it('keeps the locked web preferences of every app window', () => {
    attach([laptop, projector]);
    const { decision } = facilitatorWindow().windowOpen();
    expect(decision.action).toBe('allow');
    expect(decision.overrideBrowserWindowOptions?.webPreferences).toEqual(
      appWindowOptions(PRELOAD).webPreferences,
    );
    expect(decision).not.toHaveProperty('createWindow');
  });

  it('leaves other app windows to the security policy alone', () => {
    attach([laptop]);
    const { decision } = facilitatorWindow().windowOpen('app://tandem/#/meetings');
    expect(decision).toMatchObject({ action: 'allow', overrideBrowserWindowOptions: { show: true } });
    expect(decision.overrideBrowserWindowOptions).not.toHaveProperty('x');
  });
});

describe('one audience window', () => {
  it('focuses the open audience window instead of opening a second one', () => {
    attach([laptop, projector]);
    const { windowOpen } = facilitatorWindow();
    const { window } = windowOpen();
    const again = windowOpen();
    expect(again.decision).toEqual({ action: 'deny' });
    expect(FakeBrowserWindow.instances).toHaveLength(2);
    expect(window?.focus).toHaveBeenCalled();
    expect(window?.loadURL).not.toHaveBeenCalled();
  });

  it('shows another meeting in the open window when asked for it', () => {
    attach([laptop, projector]);
    const { windowOpen } = facilitatorWindow();
    const { window } = windowOpen();
    windowOpen('app://tandem/#/audience/m-2');
    expect(window?.loadURL).toHaveBeenCalledWith('app://tandem/#/audience/m-2');
  });

  it('stops following the displays when it closes, and can then be opened again', () => {
    attach([laptop, projector]);
    const { windowOpen } = facilitatorWindow();
    const { window } = windowOpen();
    expect(screen.listenerCount('display-removed')).toBe(1);
    window?.close();
    expect(screen.listenerCount('display-added')).toBe(0);
    expect(screen.listenerCount('display-removed')).toBe(0);
    expect(screen.listenerCount('display-metrics-changed')).toBe(0);
    expect(windowOpen().window).not.toBeNull();
  });

  it('keeps the first window when two opens race', () => {
    attach([laptop, projector]);
    const { main } = facilitatorWindow();
    const handler = main.webContents.windowOpenHandler;
    handler?.({ url: AUDIENCE });
    handler?.({ url: AUDIENCE });
    const first = new FakeBrowserWindow();
    main.webContents.emit('did-create-window', first, { url: AUDIENCE });
    const second = new FakeBrowserWindow();
    main.webContents.emit('did-create-window', second, { url: AUDIENCE });
    expect(second.close).toHaveBeenCalled();
    expect(first.close).not.toHaveBeenCalled();
  });
});

describe('following the displays while projecting', () => {
  it('waits windowed on the facilitator’s display when the projector is removed', () => {
    attach([laptop, projector]);
    const { window } = facilitatorWindow().windowOpen();
    replug('display-removed', [laptop]);
    expect(window?.close).not.toHaveBeenCalled();
    expect(window?.fullScreen).toBe(false);
    expect(window?.bounds).toEqual({ x: 720, y: 430, width: 720, height: 430 });
  });

  it('goes back full screen on a display attached while it waits', () => {
    attach([laptop, projector]);
    const { window } = facilitatorWindow().windowOpen();
    replug('display-removed', [laptop]);
    replug('display-added', [laptop, monitor]);
    expect(window?.bounds).toEqual(monitor.bounds);
    expect(window?.fullScreen).toBe(true);
  });

  it('leaves full screen before moving to another display, then enters it there', () => {
    attach([laptop, projector, monitor]);
    const { window } = facilitatorWindow().windowOpen();
    window?.setFullScreen.mockClear();
    replug('display-removed', [laptop, monitor]);
    expect(window?.setFullScreen.mock.calls).toEqual([[false], [true]]);
    expect(window?.bounds).toEqual(monitor.bounds);
  });

  it('stays put when an unrelated display is attached or changed', () => {
    attach([laptop, projector]);
    const { window } = facilitatorWindow().windowOpen();
    window?.setBounds.mockClear();
    replug('display-added', [laptop, projector, monitor]);
    replug('display-metrics-changed', [laptop, projector, monitor]);
    expect(window?.setBounds).not.toHaveBeenCalled();
  });
});

describe('isAudienceUrl', () => {
  it.each([
    ['app://tandem/#/audience/m-1', true],
    ['app://tandem/#/audience', true],
    ['app://tandem/#/audiences', false],
    ['app://tandem/#/meetings/m-1', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAudienceUrl(url)).toBe(expected);
  });
});
