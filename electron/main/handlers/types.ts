/**
 * The shape every IPC handler module exports. `ipc.ts` has already checked the sender and
 * parsed the payload when `run` is called, so a handler deals only with valid requests from our
 * own pages. A handler returns its `Result`; if it throws anyway, `ipc.ts` maps the exception to
 * `failure`.
 */
import type { WebContents } from 'electron';
import type { InvokeContract, InvokeMethod } from '../../shared/ipc-contract';
import type { IpcErrorCode, Result } from '../../shared/result';

/** What a handler learns about the call besides its request. */
export interface HandlerContext {
  /** The webContents of the (already verified) calling page, e.g. to parent a dialog. */
  sender: WebContents;
}

/** One IPC handler: what it does, and which error code an unexpected exception becomes. */
export interface InvokeHandler<M extends InvokeMethod> {
  failure: IpcErrorCode;
  run(
    request: InvokeContract[M]['request'],
    context: HandlerContext,
  ): Promise<Result<InvokeContract[M]['response']>>;
}

/** One handler per invoke method: the compiler insists on exactly the contract's channels. */
export type InvokeHandlers = { [M in InvokeMethod]: InvokeHandler<M> };
