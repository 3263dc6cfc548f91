/**
 * A capture that opens on demand (docs/architecture.md, "The run screen as a cockpit"): closed, it
 * is one button with the capture's name and key; open, it is an inline quick-capture in place of the
 * button. Escape closes it; the owner closes it after a save. When it closes, the focus returns to
 * the button, so the next capture is one Enter away. Nothing of it stands open permanently.
 */
import { useLayoutEffect, useRef, type ReactNode } from 'react';

interface QuickCaptureProps {
  /** The button's name, e.g. "Add action item" (the catalogue's exact words). */
  label: string;
  /** The key that opens it, as `aria-keyshortcuts` reads it, e.g. "Alt+A". */
  keys: string;
  open: boolean;
  onOpen: () => void;
  onClose: () => void;
  primary?: boolean;
  children: ReactNode;
}

export function QuickCapture({ label, keys, open, onOpen, onClose, primary, children }: QuickCaptureProps) {
  const opener = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(open);
  useLayoutEffect(() => {
    const inside = wasOpen.current && !open;
    wasOpen.current = open;
    if (inside && (document.activeElement === document.body || document.activeElement === null))
      opener.current?.focus();
  }, [open]);
  if (!open)
    return (
      <button
        ref={opener}
        type="button"
        className={primary ? 'primary capture-opener' : 'capture-opener'}
        aria-keyshortcuts={keys}
        onClick={onOpen}
      >
        {label}
      </button>
    );
  return (
    <div
      className="quick-capture"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      {children}
    </div>
  );
}
