import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  BRIDGE_KEY,
  INVOKE_CHANNELS,
  MENU_COMMAND_CHANNEL,
  type TandemBridge,
} from '../../../electron/shared/ipc-contract';
import { contextBridge, ipcRenderer } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

let key: unknown;
let bridge: TandemBridge;

beforeAll(async () => {
  await import('../../../electron/preload/index');
  const [exposedKey, exposed] = contextBridge.exposeInMainWorld.mock.calls[0] ?? [];
  key = exposedKey;
  bridge = exposed;
});

beforeEach(() => {
  ipcRenderer.invoke.mockReset();
  ipcRenderer.on.mockReset();
  ipcRenderer.removeListener.mockReset();
});

function menuListener(): (event: unknown, command: unknown) => void {
  const [channel, listener] = ipcRenderer.on.mock.calls[0] ?? [];
  expect(channel).toBe(MENU_COMMAND_CHANNEL);
  return listener;
}

describe('preload bridge', () => {
  it('exposes the bridge under BRIDGE_KEY exactly once', () => {
    expect(key).toBe(BRIDGE_KEY);
    expect(contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
  });

  it("exposes exactly the contract's methods and onMenuCommand, never ipcRenderer", () => {
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(INVOKE_CHANNELS), 'onMenuCommand'].sort());
    expect(Object.values(bridge).every((value) => typeof value === 'function')).toBe(true);
    expect(Object.values(bridge)).not.toContain(ipcRenderer);
  });

  it.each([
    ['appInfo', () => bridge.appInfo(), [INVOKE_CHANNELS.appInfo]],
    ['listDisplays', () => bridge.listDisplays(), [INVOKE_CHANNELS.listDisplays]],
    ['setLanguage', () => bridge.setLanguage('de'), [INVOKE_CHANNELS.setLanguage, 'de']],
    ['listBackups', () => bridge.listBackups(), [INVOKE_CHANNELS.listBackups]],
    ['readBackup', () => bridge.readBackup('b.json'), [INVOKE_CHANNELS.readBackup, 'b.json']],
    ['writeBackup', () => bridge.writeBackup({ json: '{}' }), [INVOKE_CHANNELS.writeBackup, { json: '{}' }]],
    [
      'saveFile',
      () => bridge.saveFile({ suggestedName: 'a.md', filters: [], data: 'x' }),
      [INVOKE_CHANNELS.saveFile, { suggestedName: 'a.md', filters: [], data: 'x' }],
    ],
    [
      'printToPdf',
      () => bridge.printToPdf({ suggestedName: 'a.pdf', html: '<p>', pageSize: 'A4', landscape: false }),
      [INVOKE_CHANNELS.printToPdf, { suggestedName: 'a.pdf', html: '<p>', pageSize: 'A4', landscape: false }],
    ],
  ] as const)('%s invokes its own channel and returns the result', async (_name, call, args) => {
    ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'result' });
    await expect(call()).resolves.toEqual({ ok: true, value: 'result' });
    expect(ipcRenderer.invoke).toHaveBeenCalledWith(...args);
  });

  it('passes known menu commands to the listener, without the IPC event', () => {
    const listener = vi.fn();
    bridge.onMenuCommand(listener);
    menuListener()({ sender: ipcRenderer }, 'new-meeting');
    expect(listener).toHaveBeenCalledWith('new-meeting');
    expect(listener.mock.calls[0]).toHaveLength(1);
  });

  it.each([['delete-everything'], [42], [null], [{ command: 'new-meeting' }], ['NEW-MEETING']])(
    'ignores the unknown menu command %j',
    (command) => {
      const listener = vi.fn();
      bridge.onMenuCommand(listener);
      menuListener()({}, command);
      expect(listener).not.toHaveBeenCalled();
    },
  );

  it('stops listening when unsubscribed', () => {
    const unsubscribe = bridge.onMenuCommand(vi.fn());
    const listener = menuListener();
    unsubscribe();
    expect(ipcRenderer.removeListener).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, listener);
  });

  it('listens only on the menu command channel', () => {
    bridge.onMenuCommand(vi.fn());
    expect(ipcRenderer.on.mock.calls.map(([channel]) => channel)).toEqual([MENU_COMMAND_CHANNEL]);
  });
});
