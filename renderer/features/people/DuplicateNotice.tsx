/**
 * Shown while the name typed in "Add person" is already in the directory: offers the existing
 * person, and adds a second one only when the user says so. After a refused submit it turns
 * into an alert, so the reason the form did not close is announced.
 */
import type { Person } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';

interface DuplicateNoticeProps {
  existing: Person;
  insist: boolean;
  onUseExisting: () => void;
  onAddAnyway: () => void;
}

export function DuplicateNotice({ existing, insist, onUseExisting, onAddAnyway }: DuplicateNoticeProps) {
  const t = useT();
  const nameOf = useDepartmentName();
  const unit = existing.orgUnit || nameOf(existing.departmentId);
  return (
    <div className="duplicate-notice" role={insist ? 'alert' : 'status'}>
      <p>{t('people.duplicate', { name: existing.name, unit })}</p>
      {insist && <p>{t('people.duplicate.choose')}</p>}
      <div className="duplicate-actions">
        <button type="button" className="primary" onClick={onUseExisting}>
          {t('people.duplicate.edit', { name: existing.name })}
        </button>
        <button type="button" onClick={onAddAnyway}>
          {t('people.duplicate.addAnyway')}
        </button>
      </div>
    </div>
  );
}
