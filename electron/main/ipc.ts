/**
 * Registers the IPC handlers, one per channel of `INVOKE_CHANNELS` and no others. Every call
 * passes three gates before a handler runs (as VS Code's ipcMain refuses foreign senders):
 * the sending frame must exist, be a top-level frame and be of the app origin; the payload must
 * parse with its zod schema; and the handler's own exceptions are caught and returned as data,
 * so nothing ever throws across IPC.
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { z } from 'zod';
import { INVOKE_CHANNELS, type InvokeContract, type InvokeMethod } from '../shared/ipc-contract';
import { REQUEST_SCHEMAS } from '../shared/ipc-schemas';
import { err, type Result } from '../shared/result';
import type { InvokeHandler, InvokeHandlers } from './handlers/types';
import { isAppUrl } from './trusted-url';

type RequestSchemas = { [M in InvokeMethod]: z.ZodType<InvokeContract[M]['request']> };
const SCHEMAS: RequestSchemas = REQUEST_SCHEMAS;

/** True if the call comes from a live top-level frame of our own app origin. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (frame === null || frame === undefined) return false;
  if (frame.parent !== null) return false;
  return isAppUrl(frame.url);
}

function describe(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}

/** Wraps a handler with the sender check, payload validation and exception mapping. */
export function guardHandler<M extends InvokeMethod>(
  method: M,
  handler: InvokeHandler<M>,
): (event: IpcMainInvokeEvent, payload?: unknown) => Promise<Result<InvokeContract[M]['response']>> {
  return async (event, payload) => {
    if (!isTrustedSender(event)) return err({ code: 'forbidden-sender' });
    const parsed = SCHEMAS[method].safeParse(payload);
    if (!parsed.success) {
      return err({ code: 'invalid-payload', detail: parsed.error.issues.map((i) => i.message).join('; ') });
    }
    try {
      return await handler.run(parsed.data, { sender: event.sender });
    } catch (error) {
      return err({ code: handler.failure, detail: describe(error) });
    }
  };
}

function register<M extends InvokeMethod>(ipcMain: IpcMain, method: M, handler: InvokeHandler<M>): void {
  ipcMain.handle(INVOKE_CHANNELS[method], guardHandler(method, handler));
}

/** Registers exactly one guarded handler for each channel of `INVOKE_CHANNELS`. */
export function registerIpcHandlers(ipcMain: IpcMain, handlers: InvokeHandlers): void {
  register(ipcMain, 'appInfo', handlers.appInfo);
  register(ipcMain, 'saveFile', handlers.saveFile);
  register(ipcMain, 'printToPdf', handlers.printToPdf);
  register(ipcMain, 'listDisplays', handlers.listDisplays);
  register(ipcMain, 'setLanguage', handlers.setLanguage);
  register(ipcMain, 'writeBackup', handlers.writeBackup);
  register(ipcMain, 'listBackups', handlers.listBackups);
  register(ipcMain, 'readBackup', handlers.readBackup);
}
