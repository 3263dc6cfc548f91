/** The ledger's words that depend on data: field errors by field, a figure with its unit. */
import type { LedgerErrorCode, LedgerFieldError } from '../../domain/ledger';
import { formatNumber, type Language } from '../../i18n/language';
import type { Translate } from '../../i18n/react';

export type LedgerMessages = Partial<Record<LedgerFieldError['field'], string>>;

export function errorMessage(t: Translate, code: LedgerErrorCode): string {
  return t(`ledger.error.${code}`);
}

/** One message per field, the first problem of each. */
export function ledgerMessages(t: Translate, errors: readonly LedgerFieldError[]): LedgerMessages {
  const messages: LedgerMessages = {};
  for (const error of errors) messages[error.field] ??= errorMessage(t, error.code);
  return messages;
}

/** A number as the language writes it (1.5 / 1,5), with its unit when there is one. */
export function figureText(language: Language, value: number, unit?: string): string {
  const number = formatNumber(language, value);
  return unit ? `${number} ${unit}` : number;
}
