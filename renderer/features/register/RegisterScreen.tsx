/**
 * The Register screen (docs/product.md screen 5): all decisions and action items across meetings, with
 * filters that compose, a count of shown against total, links from superseded decisions to their
 * successors, overdue action items marked, and exports of exactly the filtered view. Filters live
 * in this screen's state only; leaving the screen starts it fresh next time.
 */
import { useCallback, useId, useState } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { DecisionLink } from '../../domain/register';
import { NO_FILTER, type RegisterFilter } from '../../domain/register-filter';
import type { CalendarDate } from '../../domain/types';
import { useT } from '../../i18n/react';
import '../../styles/register.css';
import { ActionTable } from './ActionTable';
import { DecisionTable, type RowTarget } from './DecisionTable';
import { ICS_NOTE_ID, RegisterExports } from './RegisterExports';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTabs, type RegisterTab } from './RegisterTabs';
import { useRegisterView, useToday, type RegisterView } from './use-register';

/** `today` fixes the day that "overdue" is judged against (tests); by default the local date. */
export function RegisterScreen({ today: fixedToday }: { today?: CalendarDate }) {
  const t = useT();
  const headingId = useId();
  const today = useToday(fixedToday);
  const [filter, setFilter] = useState<RegisterFilter>(NO_FILTER);
  const [tab, setTab] = useState<RegisterTab>('decisions');
  const [target, setTarget] = useState<RowTarget>();
  const [notice, setNotice] = useState<string | null>(null);
  const view = useRegisterView(filter, today);

  const changeFilter = useCallback((next: RegisterFilter) => {
    setFilter(next);
    setNotice(null);
  }, []);

  const follow = useCallback(
    (link: DecisionLink) => {
      setTarget((previous) => ({ id: link.id, seq: (previous?.seq ?? 0) + 1 }));
      const hidden = view !== undefined && !view.decisions.some((entry) => entry.row.id === link.id);
      if (hidden) {
        setFilter((current) => ({ ...NO_FILTER, dateField: current.dateField }));
        setNotice(t('register.linkCleared', { number: formatNumber(link.number) }));
      } else {
        setNotice(null);
      }
    },
    [view, t],
  );

  return (
    <section className="screen register" aria-labelledby={headingId}>
      <div className="screen-header">
        <div>
          <h1 id={headingId}>{t('register.heading')}</h1>
          <p className="muted register-intro">{t('register.intro')}</p>
        </div>
      </div>
      {view === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <RegisterFilters tab={tab} filter={filter} options={view.options} onChange={changeFilter} />
          <RegisterTabs tab={tab} onSelect={setTab}>
            <div className="register-toolbar">
              <Count tab={tab} view={view} />
              <RegisterExports tab={tab} decisions={view.decisions} actions={view.actions} today={today} />
            </div>
            {notice && (
              <p role="status" className="register-notice">
                {notice}
              </p>
            )}
            <Section tab={tab} view={view} today={today} target={target} onFollow={follow} />
            <p id={ICS_NOTE_ID} className="muted register-note">
              {t('register.icsNote')}
            </p>
          </RegisterTabs>
        </>
      )}
    </section>
  );
}

function Count({ tab, view }: { tab: RegisterTab; view: RegisterView }) {
  const t = useT();
  const [shown, total] =
    tab === 'decisions'
      ? [view.decisions.length, view.register.decisions.length]
      : [view.actions.length, view.register.actions.length];
  return (
    <p className="muted list-count register-count">
      {t(tab === 'decisions' ? 'register.count.decisions' : 'register.count.actions', { shown, total })}
    </p>
  );
}

interface SectionProps {
  tab: RegisterTab;
  view: RegisterView;
  today: CalendarDate;
  target?: RowTarget;
  onFollow: (link: DecisionLink) => void;
}

function Section({ tab, view, today, target, onFollow }: SectionProps) {
  const t = useT();
  if (tab === 'decisions') {
    if (view.register.decisions.length === 0)
      return <p className="empty-title">{t('register.empty.decisions')}</p>;
    if (view.decisions.length === 0) return <p className="empty-title">{t('register.noMatch.decisions')}</p>;
    return <DecisionTable entries={view.decisions} target={target} onFollow={onFollow} />;
  }
  if (view.register.actions.length === 0) return <p className="empty-title">{t('register.empty.actions')}</p>;
  if (view.actions.length === 0) return <p className="empty-title">{t('register.noMatch.actions')}</p>;
  return <ActionTable entries={view.actions} today={today} />;
}
