/**
 * The characters the PDF writer cannot set, said the way a reader understands them: by the name of
 * their script in the UI language ("Devanagari", "Thai"), found with Unicode script properties and
 * named by `Intl.DisplayNames`; a character of no script named here is shown as itself. Combining
 * marks shared by scripts (Inherited, Common) go with the script named beside them.
 */
import { localeOf, type Language } from '../../i18n/language';

/** ISO 15924 codes of scripts the PDF's fonts may lack, in the order they are tried. */
const SCRIPTS = [
  'Deva',
  'Beng',
  'Guru',
  'Gujr',
  'Orya',
  'Taml',
  'Telu',
  'Knda',
  'Mlym',
  'Sinh',
  'Thai',
  'Laoo',
  'Tibt',
  'Mymr',
  'Khmr',
  'Geor',
  'Armn',
  'Ethi',
  'Hang',
  'Mong',
  'Thaa',
  'Syrc',
  'Cher',
  'Cans',
] as const;

const PATTERNS = SCRIPTS.map((code) => ({ code, pattern: new RegExp(`^\\p{Script=${code}}$`, 'u') }));
const SHARED = /^[\p{Script=Inherited}\p{Script=Common}]$/u;

/** How many characters without a named script are shown; more are counted. */
const SHOWN = 8;

export function describeGaps(gaps: readonly string[], language: Language): string {
  const codes = new Set<string>();
  const others: string[] = [];
  for (const char of gaps) {
    const script = PATTERNS.find(({ pattern }) => pattern.test(char));
    if (script) codes.add(script.code);
    else others.push(char);
  }
  const names = new Intl.DisplayNames([localeOf(language)], { type: 'script' });
  const shownOthers = codes.size > 0 ? others.filter((char) => !SHARED.test(char)) : others;
  const parts = [...codes].map((code) => names.of(code) ?? code);
  if (shownOthers.length > 0) {
    const more = shownOthers.length - SHOWN;
    parts.push(shownOthers.slice(0, SHOWN).join(' ') + (more > 0 ? ` +${more}` : ''));
  }
  return parts.join(', ');
}
