/**
 * A row's secondary action (Resolve, Park, Edit, Delete…): a quiet button with an icon and its
 * word. In the cockpit's narrow columns only the icon shows, so a row's actions keep to one line;
 * the word is the tooltip, and the accessible name says which row it acts on ("Resolve “…”").
 */
import type { LucideIcon } from 'lucide-react';

interface RowActionProps {
  icon: LucideIcon;
  /** The action's word, e.g. "Resolve". */
  label: string;
  /** The accessible name, naming the row, e.g. "Resolve “Budget split”". */
  name: string;
  danger?: boolean;
  /** The key that runs it on the row in focus, as `aria-keyshortcuts` reads it. */
  keys?: string;
  onClick: () => void;
}

export function RowAction({ icon: Icon, label, name, danger, keys, onClick }: RowActionProps) {
  return (
    <button
      type="button"
      className={danger ? 'row-action quiet danger-text' : 'row-action quiet'}
      aria-label={name}
      aria-keyshortcuts={keys}
      title={label}
      onClick={onClick}
    >
      <Icon aria-hidden="true" focusable="false" size={16} strokeWidth={2} />
      <span className="row-action-label">{label}</span>
    </button>
  );
}
