/**
 * An outline of a long screen: a navigation landmark whose links move the focus to a section's
 * heading (and so scroll it into view), or to a field in it such as the first of a form to fill in,
 * in a sticky bar that stays at the top of the window. Each section is a `SectionAnchor` around the
 * feature that renders it. The links keep the screen's own address, so the hash router is never asked to go anywhere.
 */
import type { ReactNode } from 'react';

export interface OutlineEntry {
  /** The id of the section's `SectionAnchor`. */
  id: string;
  label: string;
  /** What in the section takes the focus (a selector); its first heading unless given. */
  focus?: string;
}

interface SectionNavProps {
  label: string;
  href: string;
  entries: readonly OutlineEntry[];
}

export function SectionNav({ label, href, entries }: SectionNavProps) {
  return (
    <nav className="section-nav" aria-label={label}>
      <ul>
        {entries.map((entry) => (
          <li key={entry.label}>
            <a
              href={href}
              onClick={(event) => {
                event.preventDefault();
                focusSection(entry);
              }}
            >
              {entry.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

export function SectionAnchor({ id, children }: { id: string; children: ReactNode }) {
  return (
    <div id={id} className="section-anchor">
      {children}
    </div>
  );
}

function focusSection({ id, focus = 'h2, h3' }: OutlineEntry) {
  const target = document.getElementById(id)?.querySelector<HTMLElement>(focus);
  if (!target) return;
  if (target.tabIndex < 0) target.tabIndex = -1;
  target.focus();
}
