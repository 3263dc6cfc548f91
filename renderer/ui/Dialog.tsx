/**
 * The one modal dialog of the app, on the native `<dialog>` opened with `showModal()`. It lives in
 * the browser's top layer and is rendered into `document.body`, so no ancestor (a list row with
 * `content-visibility`, a transform, a scroll box) can clip, contain or move it, and the page behind
 * is inert. Labelled by its heading; focus moves in on open (`data-autofocus` first) and back to the
 * opener on close; Tab cycles inside. Escape arrives as the dialog's `cancel` event: the native close
 * is prevented and `onCancel` called, so React alone decides when the dialog goes away. Dialogs
 * opened from dialogs stack; the innermost gets Escape. `role="alertdialog"` for confirmations of
 * destructive actions. A `light` dialog (Log point) is opened with `show()` instead: see the prop.
 *
 * A notice slot at the top takes page-wide warnings (the write-failure banner), which would
 * otherwise sit unreachable on the inert page (ui/dialog-stack.ts).
 */
import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { hasOpenDialog, pushDialog } from './dialog-stack';

interface DialogProps {
  title: string;
  role?: 'dialog' | 'alertdialog';
  onCancel: () => void;
  /** An extra class for the panel, e.g. a wider layout. */
  className?: string;
  /** The heading is read by screen readers only (a full-screen presentation). */
  hideTitle?: boolean;
  /** The page's keyboard shortcuts stay on while this dialog is open (see shortcuts/registry.ts). */
  pageShortcuts?: boolean;
  /** Called once the dialog is open in the top layer, e.g. to ask for full screen for its content. */
  onOpen?: () => void;
  /**
   * A capture opened dozens of times in a meeting (Log point): the page behind is covered and
   * marked modal for assistive technology (`aria-modal`), but not made inert, because making the
   * whole cockpit inert and live again costs a style pass over every element when the dialog
   * opens and when it closes, which the facilitator waits for (docs/performance.md). Tab stays
   * inside, Escape closes, a click beside it does nothing. Opened over another dialog, it is modal.
   */
  light?: boolean;
  children: ReactNode;
}

const FOCUSABLE = 'input, select, textarea, button, [href], [tabindex]:not([tabindex="-1"])';

export function Dialog(props: DialogProps) {
  const { title, role = 'dialog', className, hideTitle, pageShortcuts, light, children } = props;
  const titleId = useId();
  const [modal] = useState(() => !light || hasOpenDialog());
  const [slot, setSlot] = useState<HTMLDivElement | null>(null);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const latest = useRef(props);
  // Updated in the same task as the render, like the shortcut registry, so Escape never reaches an
  // older `onCancel`.
  useLayoutEffect(() => {
    latest.current = props;
  });

  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!dialog || !slot) return;
    const opener = document.activeElement;
    if (modal) dialog.showModal();
    else dialog.show();
    const first =
      dialog.querySelector<HTMLElement>('[data-autofocus]') ?? dialog.querySelector<HTMLElement>(FOCUSABLE);
    first?.focus();
    const forget = pushDialog({ dialog, slot });
    const stop = listenForClose(dialog, () => latest.current.onCancel());
    latest.current.onOpen?.();
    return () => {
      stop();
      forget();
      if (dialog.open) dialog.close();
      if (opener instanceof HTMLElement) opener.focus();
    };
  }, [slot, modal]);

  const classes = ['dialog', modal ? undefined : 'dialog-light', className].filter(Boolean).join(' ');
  return createPortal(
    <>
      {!modal && <div className="dialog-light-backdrop" />}
      <dialog
        ref={dialogRef}
        role={role === 'alertdialog' ? 'alertdialog' : undefined}
        aria-modal={modal ? undefined : true}
        aria-labelledby={titleId}
        className={classes}
        data-page-shortcuts={pageShortcuts ? true : undefined}
        onKeyDown={(event) => {
          if (event.key === 'Tab') keepFocusInside(event, dialogRef.current);
          // A dialog opened with `show()` gets no close request: Escape is read here, for this
          // dialog only (a nested dialog's keys bubble through React to here too).
          if (event.key !== 'Escape' || modal || event.defaultPrevented) return;
          if ((event.target as Element).closest('dialog') !== dialogRef.current) return;
          event.preventDefault();
          latest.current.onCancel();
        }}
      >
        <div ref={setSlot} className="dialog-notices" />
        <h2 id={titleId} className={hideTitle ? 'dialog-title visually-hidden' : 'dialog-title'}>
          {title}
        </h2>
        {children}
      </dialog>
    </>,
    document.body,
  );
}

/**
 * Escape (a close request) fires `cancel` on the innermost modal dialog. Where the browser lets the
 * page keep it open, the native close is prevented and the owner told; where it does not (Chromium
 * closes without asking after repeated Escapes with no user activation), the `close` event tells the
 * owner instead. Events from a nested dialog are that dialog's own.
 */
function listenForClose(dialog: HTMLDialogElement, onCancel: () => void): () => void {
  const cancel = (event: Event) => {
    if (event.target !== dialog || !event.cancelable) return;
    event.preventDefault();
    onCancel();
  };
  const close = (event: Event) => {
    if (event.target === dialog) onCancel();
  };
  dialog.addEventListener('cancel', cancel);
  dialog.addEventListener('close', close);
  return () => {
    dialog.removeEventListener('cancel', cancel);
    dialog.removeEventListener('close', close);
  };
}

function keepFocusInside(event: KeyboardEvent, container: HTMLElement | null) {
  const items = Array.from(container?.querySelectorAll<HTMLElement>(FOCUSABLE) ?? []).filter(
    (item) => !item.hasAttribute('disabled') && item.closest('dialog') === container,
  );
  const first = items[0];
  const last = items[items.length - 1];
  if (!first || !last) return;
  if (event.shiftKey && document.activeElement === first) {
    event.preventDefault();
    last.focus();
  } else if (!event.shiftKey && document.activeElement === last) {
    event.preventDefault();
    first.focus();
  }
}
