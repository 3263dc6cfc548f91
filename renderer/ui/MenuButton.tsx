/**
 * A menu button ("More"): a button that opens a short list of rarely used actions (ARIA menu
 * button pattern). The button says `aria-haspopup="menu"` and whether the menu is open; opening it
 * moves focus to the first item; arrow keys, Home and End move between items; Enter or Space runs
 * one; Escape, Tab or a click outside closes it. Running an item gives the focus back to the button
 * first, so a dialog the item opens returns the focus there when it closes.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

interface MenuButtonProps {
  label: string;
  items: readonly MenuItem[];
}

export function MenuButton({ label, items }: MenuButtonProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const wrapperRef = useRef<HTMLDivElement>(null);
  const buttonId = useId();
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    focusItem(menuRef.current, 0);
    const outside = (event: PointerEvent) => {
      if (!wrapperRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  function close() {
    setOpen(false);
    buttonRef.current?.focus();
  }

  function onButtonKeyDown(event: KeyboardEvent) {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    event.preventDefault();
    setOpen(true);
  }

  function onMenuKeyDown(event: KeyboardEvent) {
    const current = menuItems(menuRef.current).indexOf(document.activeElement as HTMLElement);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: -1,
    };
    const to = moves[event.key];
    if (to !== undefined) {
      event.preventDefault();
      focusItem(menuRef.current, to);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      setOpen(false);
    }
  }

  function run(item: MenuItem) {
    if (item.disabled) return;
    close();
    item.onSelect();
  }

  return (
    <div className="menu-button" ref={wrapperRef}>
      <button
        ref={buttonRef}
        id={buttonId}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => (open ? close() : setOpen(true))}
        onKeyDown={onButtonKeyDown}
      >
        {label} <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <ul ref={menuRef} id={menuId} role="menu" aria-labelledby={buttonId} onKeyDown={onMenuKeyDown}>
          {items.map((item) => (
            <li
              key={item.label}
              role="menuitem"
              tabIndex={-1}
              aria-disabled={item.disabled || undefined}
              onClick={() => run(item)}
              onKeyDown={(event) => {
                if (event.key !== 'Enter' && event.key !== ' ') return;
                event.preventDefault();
                run(item);
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function menuItems(menu: HTMLElement | null): HTMLElement[] {
  return Array.from(menu?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? []);
}

/** Focuses the item at `index`, counting from the end when negative and wrapping around. */
function focusItem(menu: HTMLElement | null, index: number) {
  const all = menuItems(menu);
  all[(index + all.length) % all.length]?.focus();
}
