/**
 * The Ctrl+K (Cmd+K) command palette: every live action and every screen by its name in the UI
 * language, with its keys, from the one registry the "?" help reads (shortcuts/registry.ts). Typing
 * filters (shortcuts/palette.ts), the arrows move, Enter or a click runs, Escape closes. The
 * palette closes before the command runs, so a command that opens a dialog opens it on the page.
 * ARIA combobox with a listbox, in the app's modal dialog.
 */
import '../styles/palette.css';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { flushSync } from 'react-dom';
import { translateCount } from '../i18n/language';
import { useLanguage, useT } from '../i18n/react';
import { Dialog } from '../ui/Dialog';
import { paletteEntries } from '../shortcuts/palette';
import { describeCombo, runRegistered, useActiveShortcuts, useShortcut } from '../shortcuts/registry';

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  useShortcut({ id: 'palette', combo: { code: 'KeyK', ctrl: true }, label: 'palette.open' }, () =>
    setOpen((isOpen) => !isOpen),
  );
  if (!open) return null;
  return (
    <PaletteDialog
      onClose={() => setOpen(false)}
      onRun={(id) => {
        // Closed first (focus back on the page), then run: a dialog it opens opens on the page.
        flushSync(() => setOpen(false));
        runRegistered(id);
      }}
    />
  );
}

function PaletteDialog({ onClose, onRun }: { onClose: () => void; onRun: (id: string) => void }) {
  const t = useT();
  const language = useLanguage();
  const listId = useId();
  const optionId = useId();
  const registered = useActiveShortcuts();
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const entries = useMemo(
    () =>
      paletteEntries(
        registered
          .filter((entry) => entry.id !== 'palette')
          .map((entry) => ({
            id: entry.id,
            name: t(entry.label),
            keys: entry.combo ? describeCombo(entry.combo) : undefined,
          })),
        query,
      ),
    [registered, query, t],
  );
  const current = Math.min(active, entries.length - 1);
  const activeEntry = entries[current];
  // The active option stays in view as the arrows move through a long list.
  useEffect(() => {
    document.getElementById(`${optionId}-${current}`)?.scrollIntoView?.({ block: 'nearest' });
  }, [optionId, current]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      if (entries.length > 0) setActive((current + step + entries.length) % entries.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (activeEntry) onRun(activeEntry.id);
    }
  }

  return (
    <Dialog title={t('palette.heading')} onCancel={onClose} className="palette">
      <input
        type="text"
        role="combobox"
        aria-label={t('palette.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={activeEntry ? `${optionId}-${current}` : undefined}
        placeholder={t('palette.placeholder')}
        value={query}
        data-autofocus
        autoComplete="off"
        spellCheck={false}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label={t('palette.list')} className="palette-list">
        {entries.map((entry, index) => (
          // The input keeps the focus (mouse down does not take it); arrows there or a click pick.
          <li
            key={entry.id}
            id={`${optionId}-${index}`}
            role="option"
            aria-selected={index === current}
            className="palette-option"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => onRun(entry.id)}
          >
            <span>{entry.name}</span>
            {entry.keys && <kbd>{entry.keys}</kbd>}
          </li>
        ))}
      </ul>
      <p role="status" className="muted palette-status">
        {entries.length === 0 ? t('palette.none') : translateCount(language, 'palette.count', entries.length)}
      </p>
    </Dialog>
  );
}
