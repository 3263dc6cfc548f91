/**
 * The plan of an import, shown before anything is written: what the file updates and adds here,
 * which records get new ids because another meeting uses theirs, which links out of the file are
 * left out, and the people and definitions that differ, side by side with a choice each (keep mine
 * by default). A meeting that is already here is updated in place (the primary choice); a copy is
 * offered beside it, never as the default.
 */
import '../../styles/import.css';
import { useState } from 'react';
import type { ImportPlan, RecordNote, SharedDifference } from '../../domain/exchange/plan';
import type { Definition, Department, Id, Person } from '../../domain/types';
import { useDepartments } from '../../data/queries/people';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { departmentName } from '../../ui/department-name';
import { Dialog } from '../../ui/Dialog';

interface Props {
  plan: ImportPlan;
  /** The dialog came from Restore: updating in place is called restoring. */
  restore: boolean;
  onCancel: () => void;
  onUpdate: (takeFile: ReadonlySet<Id>) => void;
  onCopy: (takeFile: ReadonlySet<Id>) => void;
}

export function ImportReview({ plan, restore, onCancel, onUpdate, onCopy }: Props) {
  const t = useT();
  const [takeFile, setTakeFile] = useState<ReadonlySet<Id>>(new Set());
  const { existing } = plan;
  const title = plan.records.meeting.title;
  function choose(id: Id, file: boolean) {
    const next = new Set(takeFile);
    if (file) next.add(id);
    else next.delete(id);
    setTakeFile(next);
  }
  return (
    <Dialog
      title={existing ? t('exchange.existsTitle') : t('exchange.reviewTitle', { title })}
      onCancel={onCancel}
      className="import-dialog"
    >
      <div className="dialog-body import-review">
        {existing && <ExistingPreview plan={plan} />}
        <Notes intro={t('exchange.plan.remapped')} notes={plan.remapped} />
        <Notes intro={t('exchange.plan.linksDropped')} notes={plan.linksDropped} />
        {plan.differing.length > 0 && <p>{t('exchange.plan.shared')}</p>}
        {plan.differing.map((difference) => (
          <SharedChoiceView
            key={difference.file.id}
            difference={difference}
            takeFile={takeFile.has(difference.file.id)}
            onChoose={(file) => choose(difference.file.id, file)}
          />
        ))}
      </div>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          {t('action.cancel')}
        </button>
        {existing && (
          <button type="button" onClick={() => onCopy(takeFile)}>
            {t('exchange.copy')}
          </button>
        )}
        <button type="button" className="primary" onClick={() => onUpdate(takeFile)}>
          {!existing
            ? t('exchange.importConfirm')
            : restore
              ? t('exchange.restoreInPlace')
              : t('exchange.update')}
        </button>
      </div>
    </Dialog>
  );
}

function ExistingPreview({ plan }: { plan: ImportPlan }) {
  const t = useT();
  const language = useLanguage();
  if (!plan.existing) return null;
  const here = plan.existing.title;
  const file = plan.records.meeting.title;
  // Only what happens is said: a count of nothing is left out.
  const counts = [
    ['exchange.plan.updated', plan.updated],
    ['exchange.plan.added', plan.added],
    ['exchange.plan.kept', plan.keptHere],
  ] as const;
  return (
    <>
      <p>
        {plan.existing.deleted
          ? t('exchange.existsDeleted', { title: here })
          : t('exchange.existsBody', { title: here })}
      </p>
      <ul aria-label={t('exchange.existsTitle')}>
        {counts.map(
          ([base, count]) => count > 0 && <li key={base}>{translateCount(language, base, count)}</li>,
        )}
        {here !== file && <li>{t('exchange.plan.retitled', { from: here, to: file })}</li>}
        {plan.renumbered.map((change) => (
          <li key={change.decisionId}>
            {t('exchange.plan.renumbered', { from: change.from, to: change.to })}
          </li>
        ))}
      </ul>
    </>
  );
}

function Notes({ intro, notes }: { intro: string; notes: RecordNote[] }) {
  const t = useT();
  if (notes.length === 0) return null;
  return (
    <>
      <p>{intro}</p>
      <ul aria-label={intro}>
        {notes.map((note) => (
          <li key={`${note.table}:${note.id}`}>
            {t(`exchange.table.${note.table}`)}: {note.label}
          </li>
        ))}
      </ul>
    </>
  );
}

function SharedChoiceView({
  difference,
  takeFile,
  onChoose,
}: {
  difference: SharedDifference;
  takeFile: boolean;
  onChoose: (file: boolean) => void;
}) {
  const t = useT();
  const departments = useDepartments();
  const name = difference.kind === 'person' ? difference.here.name : difference.here.term;
  const group = `import-shared-${difference.file.id}`;
  return (
    <fieldset className="import-shared">
      <legend>{name}</legend>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('exchange.plan.here')}</th>
            <th scope="col">{t('exchange.plan.inFile')}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>{describe(difference.kind, difference.here, t, departments)}</td>
            <td>{describe(difference.kind, difference.file, t, departments)}</td>
          </tr>
        </tbody>
      </table>
      {difference.fileIsOlder ? (
        <p className="muted">{t('exchange.plan.hereIsNewer')}</p>
      ) : (
        <div role="radiogroup" aria-label={name}>
          <label>
            <input type="radio" name={group} checked={!takeFile} onChange={() => onChoose(false)} />
            {t('exchange.plan.keepMine')}
          </label>
          <label>
            <input type="radio" name={group} checked={takeFile} onChange={() => onChoose(true)} />
            {t('exchange.plan.takeFile')}
          </label>
        </div>
      )}
    </fieldset>
  );
}

type T = ReturnType<typeof useT>;

/** One side of a difference, as the fields the user knows, joined. */
function describe(
  kind: SharedDifference['kind'],
  record: Person | Definition,
  t: T,
  departments: readonly Department[] | undefined,
): string {
  const flags = [
    ...('archived' in record && record.archived ? [t('exchange.plan.archived')] : []),
    ...(record.deletedAt !== undefined ? [t('exchange.plan.deleted')] : []),
  ];
  const fields =
    kind === 'person' && 'name' in record
      ? [record.name, departmentName(t, departments, record.departmentId), record.orgUnit, record.email ?? '']
      : 'term' in record
        ? [record.term, record.meaning]
        : [];
  return [...fields, ...flags].filter((field) => field !== '').join(' · ');
}
