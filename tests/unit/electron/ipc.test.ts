import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { IpcMain } from 'electron';
import { guardHandler, isTrustedSender, registerIpcHandlers } from '../../../electron/main/ipc';
import type { InvokeHandler, InvokeHandlers } from '../../../electron/main/handlers/types';
import { INVOKE_CHANNELS } from '../../../electron/shared/ipc-contract';
import { ok } from '../../../electron/shared/result';
import { asElectron, resetElectronFake } from './electron-fake';
import { invokeEvent } from './ipc-fixtures';

vi.mock('electron', () => import('./electron-fake'));

beforeEach(() => resetElectronFake());

const setLanguage: InvokeHandler<'setLanguage'> = {
  failure: 'unavailable',
  run: vi.fn(async () => ok(null)),
};

describe('isTrustedSender', () => {
  it('trusts a top-level frame of app://tandem', () => {
    expect(isTrustedSender(invokeEvent())).toBe(true);
    expect(isTrustedSender(invokeEvent({ url: 'app://tandem/#/audience' }))).toBe(true);
  });

  it.each([
    ['a missing frame', { noFrame: true }],
    ['a subframe', { subframe: true }],
    ['a file:// page', { url: 'file:///opt/Tandem/dist/index.html' }],
    ['a web page', { url: 'https://evil.example/' }],
    ['a lookalike host', { url: 'app://tandem.evil/' }],
    ['the print window origin', { url: 'app://print/1.html' }],
    ['about:blank', { url: 'about:blank' }],
  ])('refuses %s', (_name, options) => {
    expect(isTrustedSender(invokeEvent(options))).toBe(false);
  });
});

describe('guardHandler', () => {
  it('answers forbidden-sender without running the handler for a foreign page', async () => {
    const guarded = guardHandler('setLanguage', setLanguage);
    const result = await guarded(invokeEvent({ url: 'https://evil.example/' }), 'de');
    expect(result).toEqual({ ok: false, error: { code: 'forbidden-sender' } });
    expect(setLanguage.run).not.toHaveBeenCalled();
  });

  it('answers forbidden-sender when the sender frame is gone', async () => {
    const result = await guardHandler('setLanguage', setLanguage)(invokeEvent({ noFrame: true }), 'de');
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden-sender' } });
  });

  it('answers invalid-payload without running the handler for a bad request', async () => {
    const result = await guardHandler('setLanguage', setLanguage)(invokeEvent(), 'fr');
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    expect(setLanguage.run).not.toHaveBeenCalled();
  });

  it('refuses an argument for a method that takes none', async () => {
    const appInfo: InvokeHandler<'appInfo'> = { failure: 'unavailable', run: vi.fn() };
    const result = await guardHandler('appInfo', appInfo)(invokeEvent(), { sneaky: true });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
  });

  it('passes the parsed request and the sender to the handler', async () => {
    const event = invokeEvent();
    const result = await guardHandler('setLanguage', setLanguage)(event, 'de');
    expect(result).toEqual({ ok: true, value: null });
    expect(setLanguage.run).toHaveBeenCalledWith('de', { sender: event.sender });
  });

  it("returns the handler's failure code with a detail instead of throwing", async () => {
    const failing: InvokeHandler<'setLanguage'> = {
      failure: 'unavailable',
      run: async () => {
        throw new Error('menu exploded');
      },
    };
    const result = await guardHandler('setLanguage', failing)(invokeEvent(), 'en');
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', detail: 'Error: menu exploded' } });
  });
});

describe('registerIpcHandlers', () => {
  it('registers exactly the channels of INVOKE_CHANNELS', () => {
    const ipcMain = { handle: vi.fn() };
    const handler = { failure: 'unavailable', run: vi.fn() } as const;
    const handlers: InvokeHandlers = {
      appInfo: handler,
      saveFile: handler,
      printToPdf: handler,
      listDisplays: handler,
      setLanguage: handler,
      writeBackup: handler,
      listBackups: handler,
      readBackup: handler,
    };
    registerIpcHandlers(asElectron<IpcMain>(ipcMain), handlers);
    const channels = ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels.sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });
});
