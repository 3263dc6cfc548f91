// The one modal dialog (renderer/ui/Dialog.tsx): a native <dialog> opened with showModal(), labelled
// by its heading, focus in on open and back to the opener on close, Escape for the innermost only.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../renderer/ui/Dialog';

function Opener({ nested = false, light = false }: { nested?: boolean; light?: boolean }) {
  const [outer, setOuter] = useState(false);
  const [inner, setInner] = useState(false);
  return (
    <div style={{ contentVisibility: 'auto' }}>
      <button type="button" onClick={() => setOuter(true)}>
        Open
      </button>
      {outer && (
        <Dialog title="Outer" onCancel={() => setOuter(false)} light={light}>
          <input aria-label="Name" />
          <button type="button" data-autofocus onClick={() => setInner(true)}>
            More
          </button>
          {nested && inner && (
            <Dialog title="Inner" role="alertdialog" onCancel={() => setInner(false)} light={light}>
              <button type="button" onClick={() => setInner(false)}>
                Cancel
              </button>
            </Dialog>
          )}
        </Dialog>
      )}
    </div>
  );
}

describe('a modal dialog', () => {
  it('opens modally outside the component that renders it, labelled by its heading', async () => {
    const user = userEvent.setup();
    const { container } = render(<Opener />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Outer' });
    expect(dialog.tagName).toBe('DIALOG');
    expect(dialog.hasAttribute('open')).toBe(true);
    expect(dialog.parentElement).toBe(document.body);
    expect(container.contains(dialog)).toBe(false);
  });

  it('moves the focus in (data-autofocus first) and back to the opener on Escape', async () => {
    const user = userEvent.setup();
    render(<Opener />);
    const open = screen.getByRole('button', { name: 'Open' });
    await user.click(open);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'More' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('gives Escape to the innermost of two open dialogs', async () => {
    const user = userEvent.setup();
    render(<Opener nested />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'More' }));
    const inner = screen.getByRole('alertdialog', { name: 'Inner' });
    expect(document.activeElement).toBe(within(inner).getByRole('button', { name: 'Cancel' }));

    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Outer' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'More' }));

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
  });
});

describe('a light dialog (Log point)', () => {
  it('is marked modal and covers the page, but leaves it live (no showModal)', async () => {
    const user = userEvent.setup();
    render(<Opener light />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    const dialog = screen.getByRole('dialog', { name: 'Outer' });
    expect(dialog.getAttribute('aria-modal')).toBe('true');
    expect(dialog.classList.contains('dialog-light')).toBe(true);
    expect(document.querySelector('.dialog-light-backdrop')).not.toBeNull();
  });

  it('keeps Tab inside, and Escape closes it and gives the focus back', async () => {
    const user = userEvent.setup();
    render(<Opener light />);
    const open = screen.getByRole('button', { name: 'Open' });
    await user.click(open);
    const more = screen.getByRole('button', { name: 'More' });
    expect(document.activeElement).toBe(more);
    await user.tab();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Name' }));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(document.querySelector('.dialog-light-backdrop')).toBeNull();
    expect(document.activeElement).toBe(open);
  });

  it('opens modally over another dialog, and Escape there closes only that one', async () => {
    const user = userEvent.setup();
    render(<Opener nested light />);
    await user.click(screen.getByRole('button', { name: 'Open' }));
    await user.click(screen.getByRole('button', { name: 'More' }));
    const inner = screen.getByRole('alertdialog', { name: 'Inner' });
    expect(inner.hasAttribute('aria-modal')).toBe(false);
    expect(inner.classList.contains('dialog-light')).toBe(false);
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('alertdialog')).toBeNull());
    expect(screen.getByRole('dialog', { name: 'Outer' })).toBeTruthy();
  });
});
