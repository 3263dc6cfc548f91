/**
 * Shortcuts that work on every screen: "?" opens the list of the keys active right now, and
 * Ctrl+Z (outside text fields, where it is the field's own undo) brings back the last deletion.
 * What happened is announced in a status region.
 */
import '../styles/shortcuts.css';
import { useState } from 'react';
import { usePopUndo } from '../state/undo';
import { useT } from '../i18n/react';
import { Dialog } from '../ui/Dialog';
import { describeCombo, useActiveShortcuts, useShortcut } from '../shortcuts/registry';

export function GlobalShortcuts() {
  const t = useT();
  const [helpOpen, setHelpOpen] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const popUndo = usePopUndo();

  async function undoLast() {
    const entry = popUndo();
    if (!entry) {
      setAnnouncement(t('undo.nothing'));
      return;
    }
    try {
      await entry.undo();
      setAnnouncement(t('undo.done', { label: entry.label }));
    } catch {
      setAnnouncement(t('error.storage'));
    }
  }

  // The id 'help' is the one key the registry lets through while a dialog is open.
  useShortcut({ id: 'help', combo: { key: '?' }, label: 'shortcuts.help' }, () =>
    setHelpOpen((open) => !open),
  );
  useShortcut(
    {
      id: 'undo',
      combo: { code: 'KeyZ', ctrl: true, shift: false },
      label: 'undo.shortcut',
      notWhileTyping: true,
    },
    () => void undoLast(),
  );

  return (
    <>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {helpOpen && <ShortcutsHelp onClose={() => setHelpOpen(false)} />}
    </>
  );
}

function ShortcutsHelp({ onClose }: { onClose: () => void }) {
  const t = useT();
  const shortcuts = useActiveShortcuts();
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
                <kbd>{describeCombo(shortcut.combo)}</kbd>
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
