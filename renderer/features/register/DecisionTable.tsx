/**
 * The decisions of the register as a table. A superseded decision says so and links to its
 * successor ("Superseded by D-5"), a successor links back to what it supersedes; following a link
 * scrolls to that row and focuses it. Status is always written out, never shown by colour alone.
 */
import { memo, useEffect, type ReactNode } from 'react';
import { formatNumber } from '../../domain/decisions';
import type { DecisionEntry, DecisionLink } from '../../domain/register';
import { formatDate } from '../../i18n/format';
import { useLanguage, useT } from '../../i18n/react';
import { hrefOf } from '../../navigation/router';
import { ShowMore, usePage } from './paging';

/** The id of a decision's row, which links scroll to. */
export const decisionRowId = (id: string) => `register-decision-${id}`;

/** What the register shows of a decision's cascade to local units (composed in by app/). */
export type RenderCascade = (entry: DecisionEntry) => ReactNode;

/** A request to show a row; `seq` makes following the same link twice scroll again. */
export interface RowTarget {
  id: string;
  seq: number;
}

interface Props {
  entries: readonly DecisionEntry[];
  target?: RowTarget;
  onFollow: (link: DecisionLink) => void;
  renderCascade?: RenderCascade;
}

export function DecisionTable({ entries, target, onFollow, renderCascade: render }: Props) {
  const t = useT();
  // The units column shows once some decision listed asks a unit for a response.
  const renderCascade = render && entries.some((entry) => entry.cascade.length > 0) ? render : undefined;
  const { shown, remaining, showMore } = usePage(entries, target?.id);
  useEffect(() => {
    if (!target) return;
    const row = document.getElementById(decisionRowId(target.id));
    row?.scrollIntoView?.({ block: 'center' });
    row?.focus();
  }, [target]);
  return (
    <>
      <table className="register-table">
        <thead>
          <tr>
            <th scope="col">{t('register.column.number')}</th>
            <th scope="col">{t('decisions.statement')}</th>
            <th scope="col">{t('register.column.meeting')}</th>
            <th scope="col">{t('decisions.method')}</th>
            <th scope="col">{t('decisions.owner')}</th>
            <th scope="col">{t('register.filter.scope')}</th>
            <th scope="col">{t('decisions.dueDate')}</th>
            <th scope="col">{t('decisions.reviewDate')}</th>
            <th scope="col">{t('register.column.status')}</th>
            {renderCascade && <th scope="col">{t('cascade.column')}</th>}
          </tr>
        </thead>
        <tbody>
          {shown.map((entry) => (
            <DecisionRow key={entry.row.id} entry={entry} onFollow={onFollow} renderCascade={renderCascade} />
          ))}
        </tbody>
      </table>
      <ShowMore remaining={remaining} onClick={showMore} />
    </>
  );
}

const DecisionRow = memo(function DecisionRow({
  entry,
  onFollow,
  renderCascade,
}: {
  entry: DecisionEntry;
  onFollow: (link: DecisionLink) => void;
  renderCascade?: RenderCascade;
}) {
  const t = useT();
  const language = useLanguage();
  const { row, successor, predecessor } = entry;
  const date = (value: string | undefined) => (value ? formatDate(language, value) : '');
  const follow = (key: 'register.supersededBy' | 'register.supersedes', to: DecisionLink) => (
    <button type="button" className="register-link" onClick={() => onFollow(to)}>
      {t(key, { number: formatNumber(to.number) })}
    </button>
  );
  return (
    <tr id={decisionRowId(row.id)} tabIndex={-1} className={`register-row register-${row.status}`}>
      <th scope="row">{formatNumber(row.number)}</th>
      <td>
        <span className="register-statement">{row.statement}</span>
        {successor && follow('register.supersededBy', successor)}
        {predecessor && follow('register.supersedes', predecessor)}
        {row.revisitIf && (
          <span className="register-sub decision-gate-line">
            {t('gate.revisitLine', { conditions: row.revisitIf.join('; ') })}
          </span>
        )}
        {row.reopenedBecause && (
          <span className="register-sub decision-gate-line">
            {t('gate.reopenedLine', { text: row.reopenedBecause })}
          </span>
        )}
      </td>
      <td>
        <a href={hrefOf({ name: 'prepare', meetingId: entry.meetingId })}>{row.meetingTitle}</a>
        <span className="register-sub register-date">{date(row.meetingDate)}</span>
      </td>
      <td>{t(`decisions.method.${row.method}`)}</td>
      <td>{row.accountable ?? ''}</td>
      <td>{row.scope.length === 0 ? t('decisions.scope.global') : row.scope.join(', ')}</td>
      <td className="register-date">{date(row.dueDate)}</td>
      <td className="register-date">{date(row.reviewDate)}</td>
      <td>
        <span className={`register-status register-status-${row.status}`}>
          {t(`decisions.status.${row.status}`)}
        </span>
      </td>
      {renderCascade && <td className="register-cascade">{renderCascade(entry)}</td>}
    </tr>
  );
});
