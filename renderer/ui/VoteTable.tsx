/**
 * A vote's counts as a table: options (or fingers) by departments with totals both ways. With
 * `renderCell` the counts are editable (the counting dialog); without, it shows the result. Shared
 * by the run screen's votes and the wall, each with its own class.
 */
import { Fragment, type ReactNode } from 'react';
import type { VoteResults } from '../domain/votes';
import type { DepartmentId, VoteKind } from '../domain/types';
import { useT } from '../i18n/react';
import { useDepartmentName } from './department-name';

interface VoteTableProps {
  kind: VoteKind;
  results: VoteResults;
  caption: string;
  className: string;
  renderCell?: (option: number, label: string, departmentId: DepartmentId, count: number) => ReactNode;
}

export function VoteTable({ kind, results, caption, className, renderCell }: VoteTableProps) {
  const t = useT();
  const nameOf = useDepartmentName();
  return (
    <table className={className}>
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(kind === 'fist-of-five' ? 'votes.fingers' : 'votes.option')}</th>
          {results.departmentIds.map((id) => (
            <th scope="col" key={id}>
              {nameOf(id)}
            </th>
          ))}
          <th scope="col">{t('votes.total')}</th>
        </tr>
      </thead>
      <tbody>
        {results.rows.map((row) => (
          <tr key={row.option}>
            <th scope="row">{row.label}</th>
            {results.departmentIds.map((id, index) =>
              renderCell ? (
                <Fragment key={id}>{renderCell(row.option, row.label, id, row.counts[index] ?? 0)}</Fragment>
              ) : (
                <td key={id}>{row.counts[index] ?? 0}</td>
              ),
            )}
            <td className="vote-total">{row.total}</td>
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">{t('votes.total')}</th>
          {results.departmentTotals.map((total, index) => (
            <td key={results.departmentIds[index]}>{total}</td>
          ))}
          <td className="vote-total">{results.total}</td>
        </tr>
      </tfoot>
    </table>
  );
}
