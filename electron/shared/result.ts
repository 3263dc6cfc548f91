/**
 * Errors cross the IPC boundary as data, never as thrown exceptions (as in Signal Desktop's
 * `sql_channel`): every bridge method resolves to a `Result`. The renderer maps `code` to a
 * translated message; `detail` is for logs only and never shown to the user.
 */

/** Why an IPC call did not succeed. `cancelled` is not a failure: the user closed a dialog. */
export type IpcErrorCode =
  | 'cancelled'
  | 'invalid-payload'
  | 'forbidden-sender'
  | 'write-failed'
  | 'read-failed'
  | 'print-failed'
  | 'unavailable';

/** An error that crossed IPC as data. */
export interface IpcError {
  code: IpcErrorCode;
  detail?: string;
}

/** The outcome of one bridge call. */
export type Result<T, E = IpcError> = { ok: true; value: T } | { ok: false; error: E };

/** Wraps a value as a successful result. */
export function ok<T>(value: T): Result<T, never> {
  return { ok: true, value };
}

/** Wraps an error as a failed result. */
export function err<E>(error: E): Result<never, E> {
  return { ok: false, error };
}
