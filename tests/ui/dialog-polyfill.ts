/**
 * jsdom has `<dialog>` but not `showModal()` or `close()`. This stands in for what a browser does
 * and the app relies on (ui/Dialog.tsx): the `open` attribute, a stack of modal dialogs, and the
 * close request of Escape, the default action of a keydown nobody cancelled, which fires a cancelable
 * `cancel` at the innermost modal dialog and closes it unless the cancel is prevented. Handling
 * `cancel` is the component's job. Not imitated: the top layer and the inertness of the page behind.
 */
export function installDialogPolyfill(): void {
  const proto = HTMLDialogElement.prototype;
  if (typeof proto.showModal === 'function') return;
  let modals: HTMLDialogElement[] = [];

  proto.showModal = function showModal(this: HTMLDialogElement) {
    if (!this.isConnected) throw new DOMException('The dialog is not connected.', 'InvalidStateError');
    if (this.open) throw new DOMException('The dialog is already open.', 'InvalidStateError');
    this.setAttribute('open', '');
    modals.push(this);
  };
  proto.show = function show(this: HTMLDialogElement) {
    this.setAttribute('open', '');
  };
  proto.close = function close(this: HTMLDialogElement) {
    if (!this.open) return;
    this.removeAttribute('open');
    modals = modals.filter((dialog) => dialog !== this);
    this.dispatchEvent(new Event('close'));
  };

  function closeRequest() {
    const innermost = modals.filter((dialog) => dialog.isConnected && dialog.open).at(-1);
    if (innermost && innermost.dispatchEvent(new Event('cancel', { cancelable: true }))) innermost.close();
  }

  // A browser acts on Escape after the keydown was dispatched, and only if no listener cancelled it.
  const dispatch = EventTarget.prototype.dispatchEvent;
  EventTarget.prototype.dispatchEvent = function dispatchEvent(this: EventTarget, event: Event) {
    const notCancelled = dispatch.call(this, event);
    if (notCancelled && event instanceof KeyboardEvent && event.type === 'keydown' && event.key === 'Escape')
      closeRequest();
    return notCancelled;
  };
}
