/**
 * The two sections of the register as tabs (WAI-ARIA tabs pattern): Decision register and Action
 * items. Arrow keys move between the tabs; the panel is labelled by its tab.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../../i18n/react';

export type RegisterTab = 'decisions' | 'actions';
const TABS: readonly RegisterTab[] = ['decisions', 'actions'];

export const tabId = (tab: RegisterTab) => `register-tab-${tab}`;
const panelId = (tab: RegisterTab) => `register-panel-${tab}`;

interface Props {
  tab: RegisterTab;
  onSelect: (tab: RegisterTab) => void;
  children: ReactNode;
}

export function RegisterTabs({ tab, onSelect, children }: Props) {
  const t = useT();
  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
    const next = tab === 'decisions' ? 'actions' : 'decisions';
    onSelect(next);
    document.getElementById(tabId(next))?.focus();
  }
  return (
    <>
      <div role="tablist" aria-label={t('register.sections')} className="register-tabs" onKeyDown={onKeyDown}>
        {TABS.map((name) => (
          <button
            key={name}
            id={tabId(name)}
            type="button"
            role="tab"
            aria-selected={name === tab}
            // Only the selected tab's panel is in the page; a reference to a missing one would dangle.
            aria-controls={name === tab ? panelId(name) : undefined}
            tabIndex={name === tab ? 0 : -1}
            onClick={() => onSelect(name)}
          >
            {t(name === 'decisions' ? 'decisions.heading' : 'actions.heading')}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="register-panel">
        {children}
      </div>
    </>
  );
}
