/**
 * Reading a meeting file the user picked, from its bytes to a checked value: a file too large is
 * refused before it is read into memory, and the text is decoded by its byte order mark — UTF-8
 * (with or without a mark) or UTF-16 as Windows editors save "Unicode" text. Bytes that are no valid
 * UTF-8 become replacement characters and the file is then refused as invalid JSON.
 */
import { MAX_EXCHANGE_CHARS, parseExchange, TOO_LARGE, type ExchangeResult } from './format';

export { parseExchange };

/** The largest file read at all, in bytes: a character takes at most four of them in UTF-8. */
export const MAX_EXCHANGE_BYTES = MAX_EXCHANGE_CHARS * 4;

/** The text of a file's bytes, decoded by its byte order mark (which is dropped). */
export function decodeText(bytes: Uint8Array): string {
  const [first, second] = bytes;
  const encoding =
    first === 0xff && second === 0xfe ? 'utf-16le' : first === 0xfe && second === 0xff ? 'utf-16be' : 'utf-8';
  return new TextDecoder(encoding).decode(bytes);
}

/** Checks a picked file completely; nothing is written. */
export async function readMeetingFile(file: Blob): Promise<ExchangeResult> {
  if (file.size > MAX_EXCHANGE_BYTES) {
    return { ok: false, errors: [TOO_LARGE] };
  }
  return parseExchange(decodeText(new Uint8Array(await file.arrayBuffer())));
}
