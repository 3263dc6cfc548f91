import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MenuCommand, TandemBridge } from '../../electron/shared/ipc-contract';
import { detectPlatform } from '../../renderer/platform';
import { createElectronPlatform } from '../../renderer/platform/electron';
import { createWebPlatform } from '../../renderer/platform/web';
import { renderApp } from './render-app';

function fakeBridge() {
  const listeners = new Set<(command: MenuCommand) => void>();
  const bridge: TandemBridge = {
    appInfo: vi.fn(),
    saveFile: vi.fn(async () => ({ ok: true as const, value: { path: '/home/a/minutes.md', bytes: 5 } })),
    printToPdf: vi.fn(async () => ({
      ok: true as const,
      value: { path: '/home/a/minutes.pdf', bytes: 900 },
    })),
    listDisplays: vi.fn(async () => ({ ok: false as const, error: { code: 'unavailable' as const } })),
    setLanguage: vi.fn(async () => ({ ok: true as const, value: null })),
    writeBackup: vi.fn(),
    listBackups: vi.fn(),
    readBackup: vi.fn(),
    onMenuCommand(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return {
    bridge,
    send: (command: MenuCommand) => listeners.forEach((listener) => listener(command)),
    // The app subscribes to the menu in an effect, which may run a moment after the first screen
    // shows; a user cannot reach the menu before that, so a test waits for it too.
    listening: () => waitFor(() => expect(listeners.size).toBeGreaterThan(0)),
  };
}

afterEach(() => {
  Reflect.deleteProperty(window, 'tandem');
  vi.restoreAllMocks();
});

describe('choosing the platform', () => {
  it('uses the web platform in a plain browser', () => {
    expect(detectPlatform().kind).toBe('web');
  });

  it('uses the Electron platform when the preload bridge is present', () => {
    Reflect.set(window, 'tandem', fakeBridge().bridge);
    expect(detectPlatform().kind).toBe('electron');
  });
});

describe('the Electron platform', () => {
  it('saves files and prints PDFs through the bridge', async () => {
    const { bridge } = fakeBridge();
    const platform = createElectronPlatform(bridge);
    const filters = [{ name: 'Markdown', extensions: ['md'] }];
    const saved = await platform.saveFile({
      name: 'minutes.md',
      mimeType: 'text/markdown',
      filters,
      data: '# Hi',
    });
    expect(saved).toEqual({ ok: true, value: { path: '/home/a/minutes.md', bytes: 5 } });
    expect(bridge.saveFile).toHaveBeenCalledWith({ suggestedName: 'minutes.md', filters, data: '# Hi' });
    await platform.printDocument({ name: 'minutes.pdf', html: '<p>x</p>' });
    expect(bridge.printToPdf).toHaveBeenCalledWith({
      suggestedName: 'minutes.pdf',
      html: '<p>x</p>',
      pageSize: 'A4',
      landscape: false,
    });
  });

  it('reports no displays when main cannot list them', async () => {
    expect(await createElectronPlatform(fakeBridge().bridge).listDisplays()).toEqual([]);
  });

  it('opens the New meeting dialog when the menu says so, and tells main the UI language', async () => {
    const { bridge, send, listening } = fakeBridge();
    renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { name: 'Meetings' });
    await listening();
    expect(bridge.setLanguage).toHaveBeenCalledWith('en');
    send('new-meeting');
    const dialog = await screen.findByRole('dialog', { name: 'New meeting' });
    expect(within(dialog).getByRole('textbox', { name: 'Title' })).toBeTruthy();
  });

  it('opens the screens the View menu names', async () => {
    const { bridge, send, listening } = fakeBridge();
    renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await listening();
    send('show-people');
    expect(await screen.findByRole('heading', { level: 1, name: 'People' })).toBeTruthy();
    send('show-definitions');
    expect(await screen.findByRole('heading', { level: 1, name: 'Agreed definitions' })).toBeTruthy();
    send('show-meetings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeTruthy();
  });
});

describe('the Register and Import meeting menu commands', () => {
  it('opens the Register', async () => {
    const { bridge, send, listening } = fakeBridge();
    renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await listening();
    send('show-register');
    expect(await screen.findByRole('heading', { level: 1, name: 'Register' })).toBeTruthy();
    expect(window.location.hash).toBe('#/register');
  });

  it('goes to Meetings and asks for the file to import in a dialog, whose button opens the chooser', async () => {
    const { bridge, send, listening } = fakeBridge();
    window.location.hash = '#/people';
    const { user } = renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { level: 1, name: 'People' });
    await listening();
    send('import-meeting');
    const dialog = await screen.findByRole('dialog', { name: 'Import meeting' });
    expect(screen.getByRole('heading', { level: 1, name: 'Meetings' })).toBeTruthy();
    const input = screen.getByLabelText<HTMLInputElement>('Import meeting', { selector: 'input' });
    const chooser = vi.spyOn(input, 'click');
    await user.click(within(dialog).getByRole('button', { name: 'Choose file…' }));
    expect(chooser).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('dialog', { name: 'Import meeting' })).toBeNull();
  });
});

describe('the Audience view menu command', () => {
  async function renderWithMenu() {
    const { bridge, send, listening } = fakeBridge();
    renderApp({ platform: createElectronPlatform(bridge) });
    await screen.findByRole('heading', { level: 1, name: 'Meetings' });
    await listening();
    return send;
  }

  it('opens the audience window of the meeting on screen, prepared or running', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(window);
    const send = await renderWithMenu();
    window.location.hash = '#/meetings/m-1/run';
    send('audience-view');
    window.location.hash = '#/meetings/m-2';
    send('audience-view');
    expect(open.mock.calls.map(([url, target]) => [new URL(String(url)).hash, target])).toEqual([
      ['#/audience/m-1', '_blank'],
      ['#/audience/m-2', '_blank'],
    ]);
  });

  it('asks for the in-window presentation (F5) when no second window opens', async () => {
    vi.spyOn(window, 'open').mockReturnValue(null);
    const send = await renderWithMenu();
    const keys: string[] = [];
    const record = (event: KeyboardEvent) => keys.push(event.code);
    window.addEventListener('keydown', record);
    window.location.hash = '#/meetings/m-1/run';
    send('audience-view');
    window.removeEventListener('keydown', record);
    expect(keys).toEqual(['F5']);
  });

  it('shows the meetings to pick from when no meeting is on screen', async () => {
    const open = vi.spyOn(window, 'open');
    const send = await renderWithMenu();
    window.location.hash = '#/people';
    await screen.findByRole('heading', { level: 1, name: 'People' });
    send('audience-view');
    expect(await screen.findByRole('heading', { level: 1, name: 'Meetings' })).toBeTruthy();
    expect(window.location.hash).toBe('#/meetings');
    expect(open).not.toHaveBeenCalled();
  });

  it('does nothing in the audience window itself', async () => {
    const open = vi.spyOn(window, 'open');
    const send = await renderWithMenu();
    window.location.hash = '#/audience/m-1';
    send('audience-view');
    expect(window.location.hash).toBe('#/audience/m-1');
    expect(open).not.toHaveBeenCalled();
  });
});

describe('the web platform', () => {
  it('saves a file as a download with the given name', async () => {
    const clicked: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });
    URL.createObjectURL = vi.fn(() => 'blob:tandem/1');
    URL.revokeObjectURL = vi.fn();
    const saved = await createWebPlatform().saveFile({
      name: 'actions.csv',
      mimeType: 'text/csv',
      filters: [],
      data: 'a,b',
    });
    expect(saved).toEqual({ ok: true, value: { path: 'actions.csv', bytes: 3 } });
    expect(clicked.map((link) => [link.download, link.href])).toEqual([['actions.csv', 'blob:tandem/1']]);
    expect(document.querySelector('a[download]')).toBeNull();
  });
});
