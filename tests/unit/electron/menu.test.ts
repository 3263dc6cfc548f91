import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { applyApplicationMenu, buildMenuTemplate, sendToFocusedWindow } from '../../../electron/main/menu';
import { MENU_LABELS } from '../../../electron/main/menu-labels';
import { MENU_COMMAND_CHANNEL, MENU_COMMANDS, type Language } from '../../../electron/shared/ipc-contract';
import { asElectron, FakeBrowserWindow, Menu, resetElectronFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

beforeEach(() => resetElectronFake());

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function labels(language: Language, isDevelopment = false): string[] {
  const template = buildMenuTemplate({ language, isDevelopment, platform: 'linux', send: vi.fn() });
  return flatten(template).flatMap((item) => (item.label ? [item.label] : []));
}

describe('menu labels', () => {
  it('has every label in English and German, none empty', () => {
    const keys = Object.keys(MENU_LABELS.en).sort();
    expect(Object.keys(MENU_LABELS.de).sort()).toEqual(keys);
    for (const language of ['en', 'de'] as const) {
      for (const label of Object.values(MENU_LABELS[language])) expect(label.trim()).not.toBe('');
    }
  });

  it.each([
    [
      'en',
      [
        'New meeting',
        'Export minutes',
        'Meetings',
        'People',
        'Agreed definitions',
        'Audience view',
        'Keyboard shortcuts',
      ],
    ],
    [
      'de',
      [
        'Neue Besprechung',
        'Protokoll exportieren',
        'Besprechungen',
        'Personen',
        'Vereinbarte Definitionen',
        'Publikumsansicht',
        'Tastenkürzel',
      ],
    ],
  ] as const)('uses the docs/product.md words in %s', (language, words) => {
    expect(labels(language)).toEqual(expect.arrayContaining([...words]));
  });

  it('builds the menu in German without English leftovers', () => {
    expect(labels('de')).not.toEqual(expect.arrayContaining(['File']));
    expect(labels('de').slice(0, 2)).toEqual(['Datei', 'Neue Besprechung']);
  });
});

describe('menu template', () => {
  it('has File, View and Help', () => {
    const template = buildMenuTemplate({
      language: 'en',
      isDevelopment: false,
      platform: 'linux',
      send: vi.fn(),
    });
    expect(template.map((item) => item.label)).toEqual(['File', 'View', 'Help']);
  });

  it('offers reload and developer tools only in development', () => {
    expect(labels('en', false)).not.toEqual(expect.arrayContaining(['Reload']));
    expect(labels('en', false)).not.toEqual(expect.arrayContaining(['Developer tools']));
    expect(labels('en', true)).toEqual(expect.arrayContaining(['Reload', 'Developer tools']));
  });

  it('has full screen and quit as native roles', () => {
    const roles = flatten(
      buildMenuTemplate({ language: 'en', isDevelopment: false, platform: 'linux', send: vi.fn() }),
    )
      .map((item) => item.role)
      .filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['quit', 'togglefullscreen', 'about']));
  });

  it('sends each renderer command when its item is clicked, covering every MenuCommand', () => {
    const send = vi.fn();
    const template = buildMenuTemplate({ language: 'en', isDevelopment: false, platform: 'linux', send });
    for (const item of flatten(template)) {
      item.click?.(asElectron({}), undefined, asElectron({}));
    }
    expect(send.mock.calls.map(([command]) => command).sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('offers the audience view in View, on its own between the screens and the window items', () => {
    const template = buildMenuTemplate({
      language: 'en',
      isDevelopment: false,
      platform: 'linux',
      send: vi.fn(),
    });
    const view = template.find((item) => item.label === 'View');
    const items = Array.isArray(view?.submenu) ? view.submenu : [];
    const index = items.findIndex((item) => item.label === 'Audience view');
    expect(items[index - 1]?.type).toBe('separator');
    expect(items[index + 1]?.type).toBe('separator');
  });

  it('starts with the app menu on macOS', () => {
    const template = buildMenuTemplate({
      language: 'de',
      isDevelopment: false,
      platform: 'darwin',
      send: vi.fn(),
    });
    expect(template[0]?.role).toBe('appMenu');
  });
});

describe('Import meeting and the Register', () => {
  it.each([
    ['en', 'Import meeting', 'Register'],
    ['de', 'Besprechung importieren', 'Register'],
  ] as const)('offers Import meeting in File and the Register in View (%s)', (language, load, register) => {
    const send = vi.fn();
    const template = buildMenuTemplate({ language, isDevelopment: false, platform: 'linux', send });
    const [file, view] = template.map((item) => (Array.isArray(item.submenu) ? item.submenu : []));
    const importItem = file?.find((item) => item.label === load);
    expect(importItem?.accelerator).toBe('CmdOrCtrl+O');
    importItem?.click?.(asElectron({}), undefined, asElectron({}));
    view?.find((item) => item.label === register)?.click?.(asElectron({}), undefined, asElectron({}));
    expect(send.mock.calls).toEqual([['import-meeting'], ['show-register']]);
  });
});

describe('delivering commands', () => {
  it('sends a command to the focused window on the menu channel', () => {
    const window = new FakeBrowserWindow();
    FakeBrowserWindow.focused = window;
    sendToFocusedWindow('new-meeting');
    expect(window.webContents.send).toHaveBeenCalledWith(MENU_COMMAND_CHANNEL, 'new-meeting');
  });

  it('does nothing when no window is focused', () => {
    expect(() => sendToFocusedWindow('show-shortcuts')).not.toThrow();
  });

  it('installs the menu built in the requested language', () => {
    applyApplicationMenu('de', false);
    const built = asElectron<MenuItemConstructorOptions[]>(Menu.buildFromTemplate.mock.calls[0]?.[0]);
    expect(built.map((item) => item.label)).toContain('Datei');
    expect(Menu.setApplicationMenu).toHaveBeenCalledWith(Menu.buildFromTemplate.mock.results[0]?.value);
  });
});
