/**
 * The filter bar of the register: search, owner, department, organisation unit, scope, status
 * (of the tab showing), a date range on the meeting or due date, and "Clear filters". Every control
 * has a visible label; the choices come from what is in the register.
 */
import { useId, type ReactNode } from 'react';
import { ACTION_STATUSES } from '../../domain/actions';
import {
  NO_FILTER,
  isFiltered,
  type ActionStatusFilter,
  type CascadeFilter,
  type DateField,
  type RegisterFilter,
  type ScopeFilter,
} from '../../domain/register-filter';
import type { RegisterOptions } from '../../domain/register-options';
import type { DecisionStatus } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';
import { useWrite } from '../../ui/use-write';
import type { RegisterTab } from './RegisterTabs';

const DECISION_STATUSES: readonly DecisionStatus[] = ['proposed', 'decided', 'superseded', 'revoked'];

interface Props {
  tab: RegisterTab;
  filter: RegisterFilter;
  options: RegisterOptions;
  /** The units "my unit" can be chosen from, and the one this device answers for. */
  units: readonly string[];
  myUnit: string;
  onChange: (filter: RegisterFilter) => void;
}

export function RegisterFilters({ tab, filter, options, units, myUnit, onChange }: Props) {
  const t = useT();
  const { settings } = useWorkspace();
  const { run } = useWrite();
  const departmentName = useDepartmentName();
  const set = (change: Partial<RegisterFilter>) => onChange({ ...filter, ...change });
  const any = <option value="">{t('register.filter.any')}</option>;
  return (
    <fieldset className="register-filters">
      <legend>{t('register.filters')}</legend>
      <Field label={t('register.filter.search')} wide>
        {(id) => (
          <input
            id={id}
            type="search"
            value={filter.query}
            onChange={(e) => set({ query: e.target.value })}
          />
        )}
      </Field>
      <Field label={t('register.filter.owner')}>
        {(id) => (
          <select id={id} value={filter.ownerId} onChange={(e) => set({ ownerId: e.target.value })}>
            {any}
            {options.owners.map((owner) => (
              <option key={owner.id} value={owner.id}>
                {owner.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.filter.department')}>
        {(id) => (
          <select id={id} value={filter.departmentId} onChange={(e) => set({ departmentId: e.target.value })}>
            {any}
            {options.departmentIds.map((departmentId) => (
              <option key={departmentId} value={departmentId}>
                {departmentName(departmentId)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.filter.orgUnit')}>
        {(id) => (
          <select id={id} value={filter.orgUnit} onChange={(e) => set({ orgUnit: e.target.value })}>
            {any}
            {options.orgUnits.map((unit) => (
              <option key={unit}>{unit}</option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.filter.scope')}>
        {(id) => (
          <select
            id={id}
            value={scopeValue(filter.scope)}
            onChange={(e) => set({ scope: scopeOfValue(e.target.value) })}
          >
            <option value="any">{t('register.filter.any')}</option>
            <option value="global">{t('decisions.scope.global')}</option>
            {options.scopes.map((tag) => (
              <option key={tag} value={`tag:${tag}`}>
                {tag}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.filter.status')}>
        {(id) =>
          tab === 'decisions' ? (
            <select
              id={id}
              value={filter.decisionStatus}
              onChange={(e) => set({ decisionStatus: decisionStatusOf(e.target.value) })}
            >
              {any}
              {DECISION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`decisions.status.${status}`)}
                </option>
              ))}
            </select>
          ) : (
            <select
              id={id}
              value={filter.actionStatus}
              onChange={(e) => set({ actionStatus: actionStatusOf(e.target.value) })}
            >
              {any}
              <option value="overdue">{t('register.overdue')}</option>
              {ACTION_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`actions.status.${status}`)}
                </option>
              ))}
            </select>
          )
        }
      </Field>
      {tab === 'decisions' && (
        <Field label={t('register.filter.cascade')}>
          {(id) => (
            <select
              id={id}
              value={filter.cascade}
              onChange={(e) => set({ cascade: cascadeOf(e.target.value) })}
            >
              {any}
              <option value="mine">{t('register.filter.cascade.mine')}</option>
              <option value="overdue">{t('register.filter.cascade.overdue')}</option>
            </select>
          )}
        </Field>
      )}
      {tab === 'decisions' && (
        <Field label={t('register.filter.myUnit')}>
          {(id) => (
            <select
              id={id}
              value={myUnit}
              onChange={(e) => {
                const unit = e.target.value;
                void run(() => settings.setMyUnit(unit));
              }}
            >
              <option value="">{t('register.filter.myUnit.none')}</option>
              {units.map((unit) => (
                <option key={unit}>{unit}</option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label={t('register.filter.dateField')}>
        {(id) => (
          <select
            id={id}
            value={filter.dateField}
            onChange={(e) => set({ dateField: e.target.value === 'due' ? 'due' : 'meeting' })}
          >
            {(['meeting', 'due'] as const satisfies readonly DateField[]).map((field) => (
              <option key={field} value={field}>
                {t(field === 'meeting' ? 'register.filter.meetingDate' : 'register.filter.dueDate')}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('register.filter.from')}>
        {(id) => (
          <input id={id} type="date" value={filter.from} onChange={(e) => set({ from: e.target.value })} />
        )}
      </Field>
      <Field label={t('register.filter.to')}>
        {(id) => (
          <input id={id} type="date" value={filter.to} onChange={(e) => set({ to: e.target.value })} />
        )}
      </Field>
      <div className="register-clear">
        <button
          type="button"
          disabled={!isFiltered(filter)}
          onClick={() => onChange({ ...NO_FILTER, dateField: filter.dateField })}
        >
          {t('register.filter.clear')}
        </button>
      </div>
    </fieldset>
  );
}

function Field({
  label,
  wide,
  children,
}: {
  label: string;
  wide?: boolean;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={wide ? 'field register-search' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function scopeValue(scope: ScopeFilter): string {
  return scope.kind === 'tag' ? `tag:${scope.tag}` : scope.kind;
}

function scopeOfValue(value: string): ScopeFilter {
  if (value.startsWith('tag:')) return { kind: 'tag', tag: value.slice(4) };
  return value === 'global' ? { kind: 'global' } : { kind: 'any' };
}

function decisionStatusOf(value: string): DecisionStatus | '' {
  return DECISION_STATUSES.find((status) => status === value) ?? '';
}

function cascadeOf(value: string): CascadeFilter {
  return value === 'mine' || value === 'overdue' ? value : '';
}

function actionStatusOf(value: string): ActionStatusFilter | '' {
  if (value === 'overdue') return 'overdue';
  return ACTION_STATUSES.find((status) => status === value) ?? '';
}
