/**
 * The one rule for file names, used where the renderer suggests a name (exports, the meeting file)
 * and where main checks the name it is sent (`fileNameSchema` in ipc-schemas.ts). Pure code, so
 * both sides import it: the renderer may import electron/shared, main does anyway.
 *
 * A safe name opens and saves on Windows, macOS and Linux and shows what it is:
 * - no bidirectional embeddings, overrides or isolates (U+202A–202E, U+2066–2069) or marks
 *   (U+200E, U+200F, U+061C), which can make `gnp.exe` read as `exe.png`;
 * - no zero-width characters (U+200B–200D, U+2060, U+FEFF) and no control characters;
 * - none of `/ \ : * ? " < > |`, which some system refuses (they become `-`), and no `..`;
 * - no leading dot (a hidden file), no trailing dot or space (Windows drops them);
 * - not one of Windows' reserved device names (CON, PRN, AUX, NUL, COM0–9, LPT0–9, also with an
 *   extension: `con.txt` is the console too);
 * - between 1 and {@link MAX_FILE_NAME_CHARS} characters.
 */

/** The longest file name suggested or accepted (characters). */
export const MAX_FILE_NAME_CHARS = 120;

// Characters a name loses without a trace: C0 and C1 controls, DEL, bidirectional controls and
// marks, zero-width characters and the byte order mark.
const INVISIBLE =
  // eslint-disable-next-line no-control-regex -- removing control characters is the point
  /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\ufeff]/g;
/** Characters some file system refuses, and runs of dots: each run becomes one `-`. */
const UNSAFE = /[/\\:*?"<>|]+|\.{2,}/g;
/** Windows' reserved device names, matched on the part before the first dot. */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;

/** Whether `name` names a Windows device: its part before the first dot, without trailing spaces. */
export function isReservedFileName(name: string): boolean {
  return RESERVED.test((name.split('.')[0] ?? '').trimEnd());
}

/**
 * Text made fit to be part of a file name: invisible characters removed, unsafe ones replaced by
 * `-`, white space collapsed to one space, leading dots, spaces and hyphens and trailing dots,
 * spaces and hyphens removed, at most `max` characters. May come out empty.
 */
export function fileNamePart(text: string, max = MAX_FILE_NAME_CHARS): string {
  const trim = (value: string) => value.replace(/^[.\s-]+|[.\s-]+$/g, '');
  const whole = trim(text.replace(INVISIBLE, '').replace(UNSAFE, '-').replace(/\s+/g, ' '));
  // Cut, never between the two halves of a character outside the BMP (an emoji).
  const cut = whole.slice(0, max).replace(/[\ud800-\udbff]$/, '');
  return trim(cut);
}

/**
 * A whole file name, `<stem>.<extension>`: the stem made a {@link fileNamePart} short enough for
 * the whole to fit in {@link MAX_FILE_NAME_CHARS}, and `fallback` instead when nothing of it is
 * left or it is a reserved name. `extension` (without the dot) and `fallback` are our own words.
 */
export function safeFileName(stem: string, extension: string, fallback: string): string {
  const part = fileNamePart(stem, MAX_FILE_NAME_CHARS - extension.length - 1);
  const base = part === '' || isReservedFileName(part) ? fallback : part;
  return `${base}.${extension}`;
}

/** Whether `name` is a safe file name as described above: the check main makes of what it is sent. */
export function isSafeFileName(name: string): boolean {
  return (
    name.length >= 1 &&
    name.length <= MAX_FILE_NAME_CHARS &&
    !new RegExp(INVISIBLE.source).test(name) &&
    !new RegExp(UNSAFE.source).test(name) &&
    !name.startsWith('.') &&
    !/[. ]$/.test(name) &&
    !isReservedFileName(name)
  );
}
