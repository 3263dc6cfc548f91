/**
 * ARIA tabs with roving focus: Arrow Left/Right, Home and End move between the tabs and select
 * them; Tab leaves the strip into the shown panel. Every panel stays mounted (hidden when not
 * selected), so its keys and half-typed captures live on while another tab is shown.
 */
import { useEffect, useId, useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec {
  id: string;
  /** The tab's visible name, e.g. "Parking lot (3)". */
  label: string;
  content: ReactNode;
}

interface TabsProps {
  label: string;
  tabs: readonly TabSpec[];
  selected: string;
  onSelect: (id: string) => void;
  className?: string;
}

export function Tabs({ label, tabs, selected, onSelect, className }: TabsProps) {
  const base = useId();
  const strip = useRef<HTMLDivElement>(null);

  // A strip that scrolls sideways (the cockpit's) keeps the selected tab in view, also when a key
  // such as Alt+K selects it from elsewhere. Only the strip scrolls, never the page.
  useEffect(() => {
    const element = strip.current;
    const tab = element?.querySelector<HTMLElement>('[aria-selected="true"]');
    if (!element || !tab || element.scrollWidth <= element.clientWidth) return;
    const outer = element.getBoundingClientRect();
    const inner = tab.getBoundingClientRect();
    if (inner.left < outer.left) element.scrollLeft -= outer.left - inner.left;
    else if (inner.right > outer.right) element.scrollLeft += inner.right - outer.right;
  }, [selected]);

  function move(event: KeyboardEvent, index: number) {
    const last = tabs.length - 1;
    const to =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : undefined;
    const target = to === undefined ? undefined : tabs[to];
    if (!target) return;
    event.preventDefault();
    onSelect(target.id);
    strip.current?.querySelectorAll<HTMLElement>('[role="tab"]')[to ?? 0]?.focus();
  }

  return (
    <div className={className ? `tabs ${className}` : 'tabs'}>
      <div ref={strip} role="tablist" aria-label={label} className="tab-strip">
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          className="tab-panel"
          hidden={tab.id !== selected}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
