/**
 * Runtime validators for every payload that crosses IPC from the renderer to main. Main never
 * trusts the renderer: a compromised page could send anything, so every request is parsed here
 * before a handler sees it. The schemas mirror the types of `ipc-contract.ts`, and the
 * `satisfies` clauses make the compiler check that they stay in step.
 */
import { z } from 'zod';
import { LANGUAGES } from '../../renderer/i18n/language';
import { BACKUP_NAME_PATTERN, MAX_BACKUP_CHARS } from './backups';
import { isSafeFileName, MAX_FILE_NAME_CHARS } from './file-name';
import type {
  FileFilter,
  InvokeMethod,
  Language,
  PrintToPdfRequest,
  SaveFileRequest,
  WriteBackupRequest,
} from './ipc-contract';

const MIB = 1024 * 1024;

/** Upper bound of a file written through `saveFile` (characters of text or bytes). */
export const MAX_SAVE_BYTES = 200 * MIB;
/** Upper bound of the HTML document printed through `printToPdf` (characters). */
export const MAX_PRINT_HTML_CHARS = 50 * MIB;
// C0 controls, DEL and C1 controls: never part of a file name we suggest.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARS = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * A plain file name by the one rule of file-name.ts, which also makes the names the renderer
 * suggests: no directory part, no `..`, no control, bidirectional or zero-width characters, none
 * of `: * ? " < > |`, no leading dot, no trailing dot or space, no Windows device name, 1 to 120
 * characters. The user still picks the final path in the native dialog.
 */
export const fileNameSchema = z
  .string()
  .min(1)
  .max(MAX_FILE_NAME_CHARS)
  .refine(isSafeFileName, 'must be a plain file name that every system takes');

const extensionSchema = z
  .string()
  .min(1)
  .max(16)
  .regex(/^(\*|[A-Za-z0-9]+)$/, 'an extension is letters and digits, or *');

/** One filter of the save dialog, bounded so a page cannot flood the dialog. */
export const fileFilterSchema = z.strictObject({
  name: z
    .string()
    .min(1)
    .max(100)
    .refine((name) => !CONTROL_CHARS.test(name), 'must not contain control characters'),
  extensions: z.array(extensionSchema).min(1).max(10),
}) satisfies z.ZodType<FileFilter>;

const bytesSchema = z
  .instanceof(Uint8Array)
  .refine((bytes) => bytes.byteLength <= MAX_SAVE_BYTES, 'at most 200 MB');

/** The request of `saveFile`. Text is limited by characters, which bounds its UTF-8 size to 3×. */
export const saveFileRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  filters: z.array(fileFilterSchema).max(10),
  data: z.union([z.string().max(MAX_SAVE_BYTES), bytesSchema]),
}) satisfies z.ZodType<SaveFileRequest>;

/** The request of `printToPdf`. */
export const printToPdfRequestSchema = z.strictObject({
  suggestedName: fileNameSchema,
  html: z.string().min(1).max(MAX_PRINT_HTML_CHARS),
  pageSize: z.enum(['A4', 'Letter']),
  landscape: z.boolean(),
}) satisfies z.ZodType<PrintToPdfRequest>;

/** The request of `setLanguage`. */
export const languageSchema = z.enum(LANGUAGES) satisfies z.ZodType<Language>;

/** The request of `writeBackup`: the meeting file only; main makes the name. */
export const writeBackupRequestSchema = z.strictObject({
  json: z.string().min(1).max(MAX_BACKUP_CHARS),
}) satisfies z.ZodType<WriteBackupRequest>;

/** The request of `readBackup`: a backup's name exactly as main makes them, so never a path. */
export const backupIdSchema = z.string().max(64).regex(BACKUP_NAME_PATTERN, 'must be a backup name');

/** Methods without a request take nothing: any argument at all is refused. */
export const noRequestSchema = z.undefined();

/** The request schema of every invoke method, keyed like `INVOKE_CHANNELS`. */
export const REQUEST_SCHEMAS = {
  appInfo: noRequestSchema,
  saveFile: saveFileRequestSchema,
  printToPdf: printToPdfRequestSchema,
  listDisplays: noRequestSchema,
  setLanguage: languageSchema,
  writeBackup: writeBackupRequestSchema,
  listBackups: noRequestSchema,
  readBackup: backupIdSchema,
} as const satisfies Record<InvokeMethod, z.ZodType>;
