/** The user's words for what is wrong with an exchange file: one line per error, with its place. */
import type { ExchangeError } from '../domain/exchange/errors';
import { translate, type Language } from './language';

/** "meeting.date: This is not a real calendar date (YYYY-MM-DD)." — or the message alone for the whole file. */
export function exchangeErrorMessage(language: Language, error: ExchangeError): string {
  const message = translate(language, `exchange.error.${error.code}`, { detail: error.detail ?? '' });
  return error.path === '' ? message : translate(language, 'exchange.errorAt', { path: error.path, message });
}
