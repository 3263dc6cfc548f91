/** The More menu button: opens a real menu, moves with the arrow keys, closes on Escape and outside. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { MenuButton } from '../../renderer/ui/MenuButton';

function renderMenu() {
  const plan = vi.fn();
  const save = vi.fn();
  const exportFile = vi.fn();
  render(
    <div>
      <p>Outside</p>
      <MenuButton
        label="More"
        items={[
          { label: 'Plan next meeting', onSelect: plan },
          { label: 'Save agenda as template', onSelect: save, disabled: true },
          { label: 'Export meeting (JSON)', onSelect: exportFile },
        ]}
      />
    </div>,
  );
  return {
    plan,
    save,
    exportFile,
    user: userEvent.setup(),
    button: screen.getByRole('button', { name: 'More' }),
  };
}

describe('MenuButton', () => {
  it('is a menu button that opens with the focus on the first item', async () => {
    const { user, button } = renderMenu();
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    await user.click(button);
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('menu', { name: /More/ })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Plan next meeting' }));
  });

  it('moves with the arrow keys, wraps around and runs the item in focus with Enter', async () => {
    const { user, button, exportFile, plan } = renderMenu();
    button.focus();
    await user.keyboard('{ArrowDown}');
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Export meeting (JSON)' }));
    await user.keyboard('{Home}{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByRole('menuitem', { name: 'Save agenda as template' }));
    await user.keyboard('{ArrowDown}{Enter}');
    expect(exportFile).toHaveBeenCalledTimes(1);
    expect(plan).not.toHaveBeenCalled();
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('does not run a disabled item', async () => {
    const { user, button, save } = renderMenu();
    await user.click(button);
    await user.click(screen.getByRole('menuitem', { name: 'Save agenda as template' }));
    expect(save).not.toHaveBeenCalled();
    expect(screen.getByRole('menu')).toBeTruthy();
  });

  it('closes on Escape with the focus back on the button, and on a click outside', async () => {
    const { user, button, plan } = renderMenu();
    await user.click(button);
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(button.getAttribute('aria-expanded')).toBe('false');

    await user.click(button);
    await user.click(screen.getByText('Outside'));
    expect(screen.queryByRole('menu')).toBeNull();
    expect(plan).not.toHaveBeenCalled();
  });
});
