import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate } from '../../../electron/main/menu';

vi.mock('electron', () => import('./electron-fake'));

function fileMenu(language: 'en' | 'de') {
  const send = vi.fn();
  const template = buildMenuTemplate({ language, isDevelopment: false, platform: 'linux', send });
  const submenu = template[0]?.submenu;
  return { items: Array.isArray(submenu) ? (submenu as MenuItemConstructorOptions[]) : [], send };
}

describe('Restore in the application menu', () => {
  it.each([
    ['en', 'Restore from backup'],
    ['de', 'Aus Sicherung wiederherstellen'],
  ] as const)('is in the File menu in %s and sends show-restore', (language, label) => {
    const { items, send } = fileMenu(language);
    const item = items.find((candidate) => candidate.label === label);
    expect(item).toBeDefined();
    (item?.click as (() => void) | undefined)?.();
    expect(send).toHaveBeenCalledWith('show-restore');
  });
});
