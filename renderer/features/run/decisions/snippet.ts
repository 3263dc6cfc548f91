/** Short forms of long texts, for options and the accessible names of buttons. */

const SNIPPET_LENGTH = 80;

/** The first line of a text, cut to a length that fits an option or a button's name. */
export function snippet(text: string): string {
  const line = text.split('\n')[0]?.trim() ?? '';
  return line.length > SNIPPET_LENGTH ? `${line.slice(0, SNIPPET_LENGTH - 1).trimEnd()}…` : line;
}
