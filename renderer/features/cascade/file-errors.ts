/** The user's words for what is wrong with a unit response file, one line per problem. */
import type { UnitFileError } from '../../domain/cascade-file';
import type { ExchangeError } from '../../domain/exchange/errors';
import { exchangeErrorMessage } from '../../i18n/exchange-errors';
import { translate, type Language } from '../../i18n/language';

const OWN = ['not-a-unit-file', 'unit-not-asked', 'decision-not-asking', 'no-answers', 'changed'] as const;
type OwnCode = (typeof OWN)[number];
const isOwn = (code: string): code is OwnCode => (OWN as readonly string[]).includes(code);

export function unitFileErrorMessage(language: Language, error: UnitFileError): string {
  if (!isOwn(error.code)) return exchangeErrorMessage(language, error as ExchangeError);
  const message = translate(language, `cascade.file.error.${error.code}`, { detail: error.detail ?? '' });
  return error.path === '' || error.code === 'unit-not-asked'
    ? message
    : translate(language, 'exchange.errorAt', { path: error.path, message });
}
