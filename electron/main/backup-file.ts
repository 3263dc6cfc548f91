/**
 * The text of one backup file and how its header is read back. A backup is a meeting file in the
 * exchange format (docs/exchange-format.md) that main has checked exactly as the import checks a
 * file (`parseExchange`, the same schemas and cross-references), so a backup that main keeps is one
 * that a restore accepts. Main writes it again from the checked value with its header first — the
 * envelope, then the meeting's `id` and `title` — so that a list of backups reads only the first
 * `HEADER_BYTES` of each file instead of parsing up to 50 MiB on the main thread. Key order means
 * nothing to JSON, so the file stays an ordinary meeting file that the import reads as it is.
 */
import { parseExchange, type ExchangeError, type MeetingFile } from '../../renderer/domain/exchange/format';
import { FILE_LIMITS, LIMITS } from '../../renderer/domain/limits';

export type { MeetingFile };

/**
 * How many bytes of a backup hold its header, with room to spare: the envelope, an id and a title
 * of the longest allowed length in which every character is written as a six-byte `\uXXXX` escape.
 */
export const HEADER_BYTES = 6 * (LIMITS.meeting.title + FILE_LIMITS.idLength) + 1024;

/** What a list shows of a backup without reading all of it. */
export interface BackupHeader {
  meetingId: string;
  meetingTitle: string;
}

const describeError = ({ code, path }: ExchangeError) => (path === '' ? code : `${code} at ${path}`);

/** A meeting file as the import reads it, or the first reason the import would refuse it. */
export function checkMeetingFile(
  json: string,
): { ok: true; value: MeetingFile } | { ok: false; error: string } {
  const parsed = parseExchange(json);
  if (parsed.ok) return parsed;
  return { ok: false, error: parsed.errors.map(describeError).slice(0, 3).join('; ') };
}

/** The text of a backup of `file`: the envelope, then the meeting's id and title, then the rest. */
export function backupFileText(file: MeetingFile): string {
  const { format, version, exportedAt, meeting, ...tables } = file;
  const { id, title, ...rest } = meeting;
  const ordered = { format, version, exportedAt, meeting: { id, title, ...rest }, ...tables };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** A JSON string literal, escapes included; linear to match, however long. */
const STRING = String.raw`"(?:[^"\\]|\\.)*"`;
/** The envelope up to the opening brace of the meeting, in any spacing. */
const ENVELOPE = new RegExp(
  String.raw`^\{\s*"format":\s*"tandem\.meeting",\s*"version":\s*\d+,\s*"exportedAt":\s*${STRING},\s*"meeting":\s*\{`,
);
/** The meeting's id and title, first in the meeting as `backupFileText` writes them. */
const HEADER_FIRST = new RegExp(String.raw`^\s*"id":\s*(${STRING}),\s*"title":\s*(${STRING})`);
/**
 * Backups written before the header came first are exports (`exportMeetingJson`): two-space
 * indentation and the meeting's keys in alphabetical order. Four spaces at the start of a line
 * belong to the meeting's keys only (records and their fields are indented further, and a line
 * break inside a string is escaped), so these find its id and title when they fall in the header.
 */
const EXPORT_ID = new RegExp(String.raw`\n {4}"id": (${STRING})`);
const EXPORT_TITLE = new RegExp(String.raw`\n {4}"title": (${STRING})`);

function stringLiteral(literal: string | undefined): string | null {
  if (literal === undefined) return null;
  try {
    const value: unknown = JSON.parse(literal);
    return typeof value === 'string' ? value : null;
  } catch {
    return null;
  }
}

/**
 * The header of a backup from the first bytes of its file, or null when they do not hold one (a
 * file cut short, not a meeting file, or an older backup whose title comes later). Tolerant: it
 * looks only at the beginning and never needs the rest of the file to be there or to be valid.
 */
export function readBackupHeader(start: string): BackupHeader | null {
  const envelope = ENVELOPE.exec(start);
  if (!envelope) return null;
  const rest = start.slice(envelope[0].length);
  const first = HEADER_FIRST.exec(rest);
  const meetingId = stringLiteral(first?.[1] ?? EXPORT_ID.exec(rest)?.[1]);
  const meetingTitle = stringLiteral(first?.[2] ?? EXPORT_TITLE.exec(rest)?.[1]);
  return meetingId === null || meetingTitle === null ? null : { meetingId, meetingTitle };
}
