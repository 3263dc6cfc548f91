/**
 * Shortcuts that work on every screen: "?" opens the list of the keys active right now, Ctrl+K the
 * command palette with the same entries and the screens (CommandPalette.tsx, ScreenCommands.tsx).
 * (Ctrl+Z, the undo, is registered by the undo notice, UndoHost.tsx.)
 */
import '../styles/shortcuts.css';
import { useState } from 'react';
import { useT } from '../i18n/react';
import { Dialog } from '../ui/Dialog';
import { describeCombo, useActiveShortcuts, useShortcut } from '../shortcuts/registry';
import { CommandPalette } from './CommandPalette';
import { ScreenCommands } from './ScreenCommands';

export function GlobalShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);

  // The id 'help' is the one key the registry lets through while a dialog is open.
  useShortcut({ id: 'help', combo: { key: '?' }, label: 'shortcuts.help' }, () =>
    setHelpOpen((open) => !open),
  );
  return (
    <>
      <ScreenCommands />
      <CommandPalette />
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </>
  );
}

function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  // The entries with keys; the screens (commands without keys) are the palette's alone.
  const shortcuts = useActiveShortcuts().filter((shortcut) => shortcut.combo !== undefined);
  return (
    <Dialog title={t('shortcuts.heading')} onCancel={onClose}>
      <table className="shortcuts-table">
        <thead>
          <tr>
            <th scope="col">{t('shortcuts.keys')}</th>
            <th scope="col">{t('shortcuts.action')}</th>
          </tr>
        </thead>
        <tbody>
          {shortcuts.map((shortcut) => (
            <tr key={shortcut.id}>
              <td>
                <kbd>{shortcut.combo && describeCombo(shortcut.combo)}</kbd>
              </td>
              <td>{t(shortcut.label)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          {t('shortcuts.close')}
        </button>
      </div>
    </Dialog>
  );
}
