/**
 * The three sections of the register as tabs (WAI-ARIA tabs pattern): Decision register, Action
 * items and Agreements (the give-and-get ledger). Arrow keys move between the tabs; the panel is labelled by its tab.
 */
import type { KeyboardEvent, ReactNode } from 'react';
import { useT } from '../../i18n/react';

export type RegisterTab = 'decisions' | 'actions' | 'agreements';
const TABS: readonly RegisterTab[] = ['decisions', 'actions', 'agreements'];
const LABEL = {
  decisions: 'decisions.heading',
  actions: 'actions.heading',
  agreements: 'register.tab.agreements',
} as const;

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
    const step = event.key === 'ArrowRight' ? 1 : TABS.length - 1;
    const next = TABS[(TABS.indexOf(tab) + step) % TABS.length] ?? 'decisions';
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
            {t(LABEL[name])}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={panelId(tab)} aria-labelledby={tabId(tab)} className="register-panel">
        {children}
      </div>
    </>
  );
}
