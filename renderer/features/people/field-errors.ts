/** Turns the domain's refusal codes for people and departments into messages in the user's language. */
import { useCallback } from 'react';
import type { DepartmentError } from '../../domain/department-list';
import { MAX_DEPARTMENT_NAME_LENGTH } from '../../domain/department-list';
import { MAX_ORG_UNIT_LENGTH, MAX_PERSON_NAME_LENGTH, type PersonFieldError } from '../../domain/people';
import type { Language } from '../../domain/types';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT, type Translate } from '../../i18n/react';
import { useDepartmentName } from '../../ui/department-name';

export type PersonFieldMessages = Partial<Record<PersonFieldError['field'], string>>;

function personMessage(t: Translate, error: PersonFieldError): string {
  switch (error.code) {
    case 'name-empty':
    case 'name-too-long':
      return t(`people.error.${error.code}`, { max: MAX_PERSON_NAME_LENGTH });
    case 'org-unit-too-long':
      return t('people.error.org-unit-too-long', { max: MAX_ORG_UNIT_LENGTH });
    case 'department-unknown':
    case 'email-invalid':
      return t(`people.error.${error.code}`);
  }
}

export function personFieldMessages(t: Translate, errors: readonly PersonFieldError[]): PersonFieldMessages {
  const messages: PersonFieldMessages = {};
  for (const error of errors) messages[error.field] ??= personMessage(t, error);
  return messages;
}

/** The message for a refused change to the department list; `nameOf` gives translated names. */
export function departmentErrorMessage(
  t: Translate,
  language: Language,
  nameOf: (id: string) => string,
  error: DepartmentError,
): string {
  switch (error.code) {
    case 'department-name-empty':
    case 'department-name-too-long':
    case 'department-built-in':
      return t(`people.error.${error.code}`, { max: MAX_DEPARTMENT_NAME_LENGTH });
    case 'department-unknown':
      return t('people.error.department-unknown-id');
    case 'department-name-taken':
      return t('people.error.department-name-taken', { name: nameOf(error.departmentId) });
    case 'department-in-use':
      return t('people.error.department-in-use', {
        name: nameOf(error.departmentId),
        people: translateCount(language, 'people.total', error.count),
      });
  }
}

/** `departmentErrorMessage` in the current language, with the stored department names. */
export function useDepartmentError(): (error: DepartmentError) => string {
  const t = useT();
  const language = useLanguage();
  const nameOf = useDepartmentName();
  return useCallback((error) => departmentErrorMessage(t, language, nameOf, error), [t, language, nameOf]);
}
