/**
 * Text a hostile or careless colleague could type into any field: script and markup that would run
 * if some writer pasted it into HTML unescaped (each sets `window.__tandemPwned` or logs
 * `TANDEM-PWNED`, so a test can prove that nothing ran), spreadsheet formulas, Markdown that would
 * form links or HTML, right-to-left override and zero-width characters, emoji, and a string of
 * 10,000 characters. Shared by the import fuzz test, the UI test, the exporters' tests and the
 * Chromium check of the HTML minutes.
 */
import { LIMITS } from '../renderer/domain/limits';

/** The name of the flag a payload sets when it runs. */
export const PWNED_FLAG = '__tandemPwned';
/** What a payload logs when it runs. */
export const PWNED_LOG = 'TANDEM-PWNED';

const run = (n: number) => `window.${PWNED_FLAG}=${n};console.log('${PWNED_LOG}')`;

/** Payloads that would run script in a page, one per way in. */
export const SCRIPT_PAYLOADS = [
  `<script>${run(1)}</script>`,
  `<img src=x onerror="${run(2)}">`,
  `<svg onload="${run(3)}"></svg>`,
  `</textarea></title></style><script>${run(4)}</script>`,
  `"><iframe srcdoc="<script>parent.${PWNED_FLAG}=5</script>"></iframe>`,
  `<a href="javascript:${run(6)}">click</a>`,
  `[click](javascript:${run(7)})`,
  `{{constructor.constructor('${run(8)}')()}}`,
  `<details open ontoggle="${run(9)}">x</details>`,
  `<style>@import 'javascript:${run(10)}';</style><b>bold</b>`,
  `<!--<script>${run(11)}</script>-->`,
] as const;

/** Markdown that would make a link, an image or raw HTML if it were not escaped. */
export const MARKDOWN_PAYLOADS = [
  '[Tandem](https://evil.example/phish) and ![pixel](https://evil.example/p.png)',
  '<b>raw html</b> **bold** _it_ `code` # heading',
  '| a | b |\n|---|---|\n| c | d |',
] as const;

/** Cells a spreadsheet would read as a formula unless neutralised. */
export const FORMULA_PAYLOADS = [
  '=HYPERLINK("https://evil.example","click")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(1)',
  '\t=1+1',
  '\r=1+1',
] as const;

/** Text that is odd but harmless: it must come out exactly as typed. */
export const ODD_TEXT = [
  'Right\u202Eto-left override\u202C gnp.exe',
  'zero\u200Bwidth\u200Cjoiner\u200Dand\uFEFFmark',
  'Emoji 👩‍👩‍👧‍👦 🇩🇪 🤝 ✅',
  'Ümläüte, ß, «quotes» and “curly” ones; 日本語',
] as const;

/** Every payload of at most 500 characters, the limit of short fields such as titles and names. */
export const SHORT_PAYLOADS: readonly string[] = [
  ...SCRIPT_PAYLOADS,
  ...MARKDOWN_PAYLOADS,
  ...FORMULA_PAYLOADS,
  ...ODD_TEXT,
];

const head = SCRIPT_PAYLOADS[0];
const tail = SCRIPT_PAYLOADS[1];
/** Exactly 10,000 characters with a payload at each end, for long fields such as notes and goals. */
export const LONG_PAYLOAD =
  head + 'Lorem ipsum dolor sit amet. '.repeat(400).slice(0, 10_000 - head.length - tail.length) + tail;

/** The payload for the `index`-th field of a kind: short fields cycle the short ones. */
export function payload(index: number, long = false): string {
  if (long && index % 5 === 4) return LONG_PAYLOAD;
  return SHORT_PAYLOADS[index % SHORT_PAYLOADS.length] ?? '';
}

/**
 * Free-text fields of the records. Only notes may hold the 10,000-character payload: every other
 * field's limit (renderer/domain/limits.ts) is shorter, so the app could never store it there.
 */
const SHORT_FIELDS = new Set(['title', 'location', 'topic', 'term', 'name', 'orgUnit']);
const LONG_FIELDS = new Set([
  ...['goal', 'description', 'notes', 'statement', 'positionMarketing', 'positionSales', 'resolution'],
  ...['rationale', 'alternatives', 'what', 'text', 'answer', 'meaning'],
]);
const TEXT_LISTS = new Set(['groundRules', 'scope']);

/**
 * A copy of `value` (records, a snapshot, a whole meeting file) with every free-text field — and
 * every entry of ground rules and scope lists — replaced by a payload, a different one for each field
 * in turn, so every field meets every kind of payload across a few records.
 */
export function hostile<T>(value: T, start = 0): T {
  let count = start;
  const next = (long: boolean) => payload(count++, long);
  function walk(node: unknown, key: string): unknown {
    if (typeof node === 'string') {
      if (LONG_FIELDS.has(key)) return next(key === 'notes');
      return SHORT_FIELDS.has(key) ? next(false) : node;
    }
    if (Array.isArray(node)) {
      return TEXT_LISTS.has(key)
        ? node.map(() => (key === 'scope' ? next(false).slice(0, LIMITS.decision.scopeTag) : next(false)))
        : node.map((n) => walk(n, ''));
    }
    if (node === null || typeof node !== 'object') return node;
    return Object.fromEntries(Object.entries(node).map(([k, inner]) => [k, walk(inner, k)]));
  }
  // The walk keeps the shape of the value: it only swaps strings for strings.
  return walk(value, '') as T;
}
