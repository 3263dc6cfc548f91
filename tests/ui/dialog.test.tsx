// The one modal dialog (renderer/ui/Dialog.tsx): a native <dialog> opened with showModal(), labelled
// by its heading, focus in on open and back to the opener on close, Escape for the innermost only.
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { Dialog } from '../../renderer/ui/Dialog';

function Opener({ nested = false }: { nested?: boolean }) {
  const [outer, setOuter] = useState(false);
  const [inner, setInner] = useState(false);
  return (
    <div style={{ contentVisibility: 'auto' }}>
      <button type="button" onClick={() => setOuter(true)}>
        Open
      </button>
      {outer && (
        <Dialog title="Outer" onCancel={() => setOuter(false)}>
          <input aria-label="Name" />
          <button type="button" data-autofocus onClick={() => setInner(true)}>
            More
          </button>
          {nested && inner && (
            <Dialog title="Inner" role="alertdialog" onCancel={() => setInner(false)}>
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
