/**
 * The Register screen (docs/product.md screen 5): all decisions and action items across meetings, with
 * filters that compose, a count of shown against total, links from superseded decisions to their
 * successors, overdue action items marked, and exports of exactly the filtered view. The tab and its
 * filters live in the address (`#/register/actions?unit=…&status=overdue`), so the back button, a
 * bookmark and a copied link bring them back; each tab keeps its own filters while switching.
 * Saved views apply a tab and its filters in one click.
 */
import { useCallback, useEffect, useId, useMemo, useRef, useState, type ReactNode } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { DecisionLink } from '../../domain/register';
import { registerFilterOf, registerQueryOf, registerTabOf } from '../../domain/register-address';
import { NO_FILTER, type RegisterFilter } from '../../domain/register-filter';
import type { CalendarDate, SavedRegisterView } from '../../domain/types';
import { useT } from '../../i18n/react';
import { navigate, replaceRoute, useRoute } from '../../navigation/router';
import { useDepartmentName } from '../../ui/department-name';
import '../../styles/register.css';
import { ActionTable } from './ActionTable';
import { DecisionTable, type RenderCascade, type RowTarget } from './DecisionTable';
import { ICS_NOTE_ID, RegisterExports } from './RegisterExports';
import { RegisterFilters } from './RegisterFilters';
import { RegisterTabs, type RegisterTab } from './RegisterTabs';
import { RegisterViews } from './RegisterViews';
import { LedgerTab } from './LedgerTab';
import { ledgerFilterOf, ledgerQueryOf, type LedgerFilter } from '../../domain/ledger-register';
import { useRegisterView, useToday, type RegisterView } from './use-register';

/** The cascade to local units in the register, composed in by app/ (features/cascade). */
export interface RegisterCascade {
  /** A decision's cascade state and units, in its row. */
  cell: (today: CalendarDate) => RenderCascade;
  /** The unit response file's export and import, in the toolbar. */
  tools: (today: CalendarDate) => ReactNode;
}

/** `today` fixes the day that "overdue" is judged against (tests); by default the local date. */
export function RegisterScreen({
  today: fixedToday,
  cascade,
}: {
  today?: CalendarDate;
  cascade?: RegisterCascade;
}) {
  const t = useT();
  const headingId = useId();
  const today = useToday(fixedToday);
  const route = useRoute();
  const tab = registerTabOf(route.name === 'register' ? route.tab : undefined);
  const query = route.name === 'register' ? (route.query ?? '') : '';
  const asked = useMemo(() => registerFilterOf(query, tab), [query, tab]);
  const [target, setTarget] = useState<RowTarget>();
  const [notice, setNotice] = useState<string | null>(null);
  const view = useRegisterView(asked, today);
  const filter = view?.filter ?? asked;

  // The filters of each tab as last seen in the address, so switching tabs keeps them.
  const lastQuery = useRef<Record<RegisterTab, string>>({ decisions: '', actions: '', agreements: '' });
  useEffect(() => {
    lastQuery.current[tab] = query;
  }, [tab, query]);

  const changeFilter = useCallback(
    (next: RegisterFilter) => {
      const route = { name: 'register', tab, query: registerQueryOf(next, tab) } as const;
      // Typing in the search replaces the address; any other change is a step back can undo.
      const typing =
        next.query !== filter.query &&
        registerQueryOf({ ...next, query: filter.query }, tab) === registerQueryOf(filter, tab);
      if (typing) replaceRoute(route);
      else navigate(route);
      setNotice(null);
    },
    [tab, filter],
  );

  const selectTab = useCallback((next: RegisterTab) => {
    navigate({ name: 'register', tab: next, query: lastQuery.current[next] });
  }, []);

  const apply = useCallback((saved: SavedRegisterView) => {
    navigate({
      name: 'register',
      tab: saved.tab,
      query: registerQueryOf(registerFilterOf(saved.query, saved.tab), saved.tab),
    });
    setNotice(null);
  }, []);

  const follow = useCallback(
    (link: DecisionLink) => {
      setTarget((previous) => ({ id: link.id, seq: (previous?.seq ?? 0) + 1 }));
      const hidden = view !== undefined && !view.decisions.some((entry) => entry.row.id === link.id);
      if (hidden) {
        navigate({
          name: 'register',
          tab,
          query: registerQueryOf({ ...NO_FILTER, dateField: filter.dateField }, tab),
        });
        setNotice(t('register.linkCleared', { number: formatNumber(link.number) }));
      } else {
        setNotice(null);
      }
    },
    [view, t, tab, filter.dateField],
  );
  const suggestion = useViewName(tab, filter, view);
  const ledgerFilter = useMemo(() => ledgerFilterOf(query), [query]);
  const changeLedgerFilter = useCallback(
    (next: LedgerFilter) => {
      const route = { name: 'register', tab: 'agreements', query: ledgerQueryOf(next) } as const;
      // Typing in the search replaces the address, like the other tabs.
      if (next.query !== ledgerFilter.query) replaceRoute(route);
      else navigate(route);
    },
    [ledgerFilter],
  );
  const renderCascade = useMemo(() => cascade?.cell(today), [cascade, today]);
  const units = useMemo(() => unitsOf(view), [view]);

  return (
    <section className="screen register" aria-labelledby={headingId}>
      <div className="screen-header register-header">
        <h1 id={headingId}>{t('register.heading')}</h1>
        <p className="muted register-intro">{t('register.intro')}</p>
      </div>
      {tab === 'agreements' ? (
        <RegisterTabs tab={tab} onSelect={selectTab}>
          <LedgerTab filter={ledgerFilter} onChange={changeLedgerFilter} today={today} />
        </RegisterTabs>
      ) : view === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <>
          <RegisterViews tab={tab} query={query} suggestion={suggestion} onApply={apply} />
          <RegisterFilters
            tab={tab}
            filter={filter}
            options={view.options}
            units={units}
            myUnit={view.myUnit}
            onChange={changeFilter}
          />
          <RegisterTabs tab={tab} onSelect={selectTab}>
            <div className="register-toolbar">
              <Count tab={tab} view={view} />
              <RegisterExports tab={tab} decisions={view.decisions} actions={view.actions} today={today} />
              {tab === 'decisions' && cascade?.tools(today)}
            </div>
            {notice && (
              <p role="status" className="register-notice">
                {notice}
              </p>
            )}
            <Section
              tab={tab}
              view={view}
              today={today}
              target={target}
              onFollow={follow}
              renderCascade={renderCascade}
            />
            <p id={ICS_NOTE_ID} className="muted register-note">
              {t('register.icsNote')}
            </p>
          </RegisterTabs>
        </>
      )}
    </section>
  );
}

/** A name for a view of the filters, e.g. "Overdue · Sales Iberia". */
function useViewName(tab: RegisterTab, filter: RegisterFilter, view: RegisterView | undefined): string {
  const t = useT();
  const departmentName = useDepartmentName();
  const parts: string[] = [];
  if (tab === 'actions' && filter.actionStatus !== '')
    parts.push(
      t(filter.actionStatus === 'overdue' ? 'register.overdue' : `actions.status.${filter.actionStatus}`),
    );
  if (tab === 'decisions' && filter.decisionStatus !== '')
    parts.push(t(`decisions.status.${filter.decisionStatus}`));
  if (filter.orgUnit !== '') parts.push(filter.orgUnit);
  if (filter.departmentId !== '') parts.push(departmentName(filter.departmentId));
  const owner = view?.options.owners.find((candidate) => candidate.id === filter.ownerId);
  if (owner) parts.push(owner.name);
  if (filter.scope.kind === 'tag') parts.push(filter.scope.tag);
  if (filter.scope.kind === 'global') parts.push(t('decisions.scope.global'));
  if (tab === 'decisions' && filter.cascade !== '')
    parts.push(
      t(filter.cascade === 'mine' ? 'register.filter.cascade.mine' : 'register.filter.cascade.overdue'),
    );
  if (filter.query.trim() !== '') parts.push(`“${filter.query.trim()}”`);
  if (parts.length === 0) parts.push(t(tab === 'decisions' ? 'decisions.heading' : 'actions.heading'));
  return parts.join(' · ');
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
  renderCascade?: RenderCascade;
}

function Section({ tab, view, today, target, onFollow, renderCascade }: SectionProps) {
  const t = useT();
  if (tab === 'decisions') {
    if (view.register.decisions.length === 0)
      return <p className="empty-title">{t('register.empty.decisions')}</p>;
    if (view.decisions.length === 0)
      return (
        <p className="empty-title">
          {t(
            view.filter.cascade === 'mine' && view.myUnit === ''
              ? 'register.filter.myUnit.hint'
              : 'register.noMatch.decisions',
          )}
        </p>
      );
    return (
      <DecisionTable
        entries={view.decisions}
        target={target}
        onFollow={onFollow}
        renderCascade={renderCascade}
      />
    );
  }
  if (view.register.actions.length === 0) return <p className="empty-title">{t('register.empty.actions')}</p>;
  if (view.actions.length === 0) return <p className="empty-title">{t('register.noMatch.actions')}</p>;
  return <ActionTable entries={view.actions} today={today} />;
}

/** The units "my unit" can be: those some decision asks, and the people's units; once each, sorted. */
function unitsOf(view: RegisterView | undefined): string[] {
  if (!view) return [];
  const units = new Map<string, string>();
  const add = (unit: string) => {
    const key = unit.trim().toLocaleLowerCase();
    if (key !== '' && !units.has(key)) units.set(key, unit.trim());
  };
  for (const entry of view.register.decisions) for (const row of entry.cascade) add(row.unit);
  for (const unit of view.options.orgUnits) add(unit);
  if (view.myUnit !== '') add(view.myUnit);
  return [...units.values()].sort((a, b) => a.localeCompare(b));
}
