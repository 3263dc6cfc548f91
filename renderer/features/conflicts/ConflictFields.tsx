/**
 * The fields of the capture form: the statement first (Enter submits), the required level as a
 * radio choice, a category of that level, who raised it, both sides' positions, the agenda item
 * and the private flag. Changing the level drops a category that no longer fits.
 */
import { useId } from 'react';
import { categoriesOf, type ConflictDraft } from '../../domain/conflicts';
import type { AgendaItem, Attendance, ConflictLevel } from '../../domain/types';
import { useDepartments, usePeople } from '../../data/queries/people';
import { useT } from '../../i18n/react';
import { FieldError } from '../../ui/FieldError';
import { SelectField } from '../../ui/SelectField';
import { TextAreaField } from '../../ui/TextAreaField';
import { TextField } from '../../ui/TextField';
import { useDepartmentName } from '../../ui/department-name';
import { agendaOptions, categoryOptions, optionalOptions, type ConflictMessages } from './labels';

interface ConflictFieldsProps {
  draft: ConflictDraft;
  onDraft: (patch: Partial<ConflictDraft>) => void;
  errors: ConflictMessages;
  agenda: readonly AgendaItem[];
  attendance: readonly Attendance[];
}

export function ConflictFields({ draft, onDraft, errors, agenda, attendance }: ConflictFieldsProps) {
  const t = useT();
  const departments = useDepartments() ?? [];
  const departmentName = useDepartmentName();
  const people = usePeople() ?? [];
  const participantIds = new Set(attendance.map((entry) => entry.personId));
  const participants = people.filter((person) => participantIds.has(person.id));
  const categoryErrorId = useId();

  return (
    <>
      <TextAreaField
        label={t('conflicts.statement')}
        value={draft.statement}
        onValue={(statement) => onDraft({ statement })}
        error={errors.statement}
        submitOnEnter
        autoFocusFirst
        maxLength={1000}
      />
      <LevelChoice
        value={draft.level}
        error={errors.level}
        onValue={(level) => onDraft(withLevel(draft, level))}
      />
      <div className="form-row">
        <SelectField
          label={t('conflicts.category')}
          value={draft.category}
          options={categoryOptions(t, draft.level)}
          disabled={draft.level === ''}
          onValue={(category) => onDraft({ category: toCategory(draft.level, category) })}
        />
        <SelectField
          label={t('conflicts.agendaItem')}
          value={draft.agendaItemId}
          options={agendaOptions(t, agenda)}
          onValue={(agendaItemId) => onDraft({ agendaItemId })}
        />
      </div>
      <FieldError id={categoryErrorId} message={errors.category} />
      <div className="form-row">
        <SelectField
          label={t('conflicts.department')}
          value={draft.departmentId}
          options={optionalOptions(
            t,
            departments.map((department) => ({ id: department.id, name: departmentName(department.id) })),
          )}
          onValue={(departmentId) => onDraft({ departmentId })}
        />
        <SelectField
          label={t('conflicts.person')}
          value={draft.personId}
          options={optionalOptions(t, participants)}
          onValue={(personId) => onDraft({ personId })}
        />
      </div>
      <div className="form-row">
        <TextField
          label={t('conflicts.positionMarketing')}
          value={draft.positionMarketing}
          error={errors.positionMarketing}
          onValue={(positionMarketing) => onDraft({ positionMarketing })}
          autoComplete="off"
        />
        <TextField
          label={t('conflicts.positionSales')}
          value={draft.positionSales}
          error={errors.positionSales}
          onValue={(positionSales) => onDraft({ positionSales })}
          autoComplete="off"
        />
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.private}
          onChange={(event) => onDraft({ private: event.target.checked })}
        />
        {t('conflicts.private')}
      </label>
    </>
  );
}

/** The draft with a new level; a category of the other level is dropped. */
export function withLevel(draft: ConflictDraft, level: ConflictLevel): Partial<ConflictDraft> {
  const fits = draft.category !== '' && categoriesOf(level).includes(draft.category);
  return { level, category: fits ? draft.category : '' };
}

/** The category a select value names, if it belongs to the level; otherwise none. */
function toCategory(level: ConflictLevel | '', value: string): ConflictDraft['category'] {
  if (level === '') return '';
  return categoriesOf(level).find((category) => category === value) ?? '';
}

export const LEVELS: readonly ConflictLevel[] = ['content', 'relationship'];

interface LevelChoiceProps {
  value: ConflictLevel | '';
  error: string | undefined;
  onValue: (level: ConflictLevel) => void;
}

function LevelChoice({ value, error, onValue }: LevelChoiceProps) {
  const t = useT();
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset
      className="conflict-level"
      aria-required="true"
      aria-invalid={error ? true : undefined}
      aria-describedby={error ? errorId : `${name}-hint`}
    >
      <legend>{t('conflicts.level')}</legend>
      {LEVELS.map((level) => (
        <label key={level} className={`level-option level-${level}`}>
          <input
            type="radio"
            name={name}
            value={level}
            checked={value === level}
            onChange={() => onValue(level)}
          />
          {t(`conflicts.level.${level}`)}
        </label>
      ))}
      <p id={`${name}-hint`} className="muted">
        {t('conflicts.levelHint')}
      </p>
      <FieldError id={errorId} message={error} />
    </fieldset>
  );
}
