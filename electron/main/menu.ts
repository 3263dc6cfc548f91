/**
 * The native application menu. Items that act on the meeting do nothing in main: they send a
 * `MenuCommand` to the focused window, whose renderer owns the data and decides what to do.
 * Only window-level roles (quit, full screen, reload, devtools, about) are handled natively, and
 * reload/devtools exist only in development.
 */
import { BrowserWindow, Menu, type MenuItemConstructorOptions } from 'electron';
import { MENU_COMMAND_CHANNEL, type Language, type MenuCommand } from '../shared/ipc-contract';
import { menuLabels } from './menu-labels';

/** What the menu is built from. */
export interface MenuOptions {
  language: Language;
  isDevelopment: boolean;
  platform: NodeJS.Platform;
  /** Delivers a command to the renderer (normally `sendToFocusedWindow`). */
  send(command: MenuCommand): void;
}

/** Sends a menu command to the focused window's renderer; nothing happens if no window is focused. */
export function sendToFocusedWindow(command: MenuCommand): void {
  BrowserWindow.getFocusedWindow()?.webContents.send(MENU_COMMAND_CHANNEL, command);
}

function commandItem(
  label: string,
  command: MenuCommand,
  send: MenuOptions['send'],
  accelerator?: string,
): MenuItemConstructorOptions {
  return { label, ...(accelerator ? { accelerator } : {}), click: () => send(command) };
}

/** Builds the menu template (File, View, Help) in the given language. Pure apart from `send`. */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = menuLabels(options.language);
  const { send } = options;
  const developerItems: MenuItemConstructorOptions[] = options.isDevelopment
    ? [
        { role: 'reload', label: t.reload },
        { role: 'toggleDevTools', label: t.developerTools },
        { type: 'separator' },
      ]
    : [];
  const file: MenuItemConstructorOptions[] = [
    commandItem(t.newMeeting, 'new-meeting', send, 'CmdOrCtrl+N'),
    commandItem(t.importMeeting, 'import-meeting', send, 'CmdOrCtrl+O'),
    commandItem(t.exportMinutes, 'export-minutes', send),
    commandItem(t.restore, 'show-restore', send),
    { type: 'separator' },
    { role: 'quit', label: t.quit },
  ];
  const view: MenuItemConstructorOptions[] = [
    commandItem(t.meetings, 'show-meetings', send),
    commandItem(t.people, 'show-people', send),
    commandItem(t.definitions, 'show-definitions', send),
    commandItem(t.register, 'show-register', send),
    { type: 'separator' },
    commandItem(t.audienceView, 'audience-view', send),
    { type: 'separator' },
    ...developerItems,
    { role: 'togglefullscreen', label: t.fullScreen },
  ];
  const help: MenuItemConstructorOptions[] = [
    commandItem(t.keyboardShortcuts, 'show-shortcuts', send),
    { role: 'about', label: t.about },
  ];
  const appMenu: MenuItemConstructorOptions[] = options.platform === 'darwin' ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    { label: t.file, submenu: file },
    { label: t.view, submenu: view },
    { role: 'help', label: t.help, submenu: help },
  ];
}

/** Builds the menu in `language` and installs it as the application menu. */
export function applyApplicationMenu(language: Language, isDevelopment: boolean): void {
  const template = buildMenuTemplate({
    language,
    isDevelopment,
    platform: process.platform,
    send: sendToFocusedWindow,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
