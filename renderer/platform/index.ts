/** Picks the platform once, at start: Electron when the preload bridge is present, else the web. */
import { BRIDGE_KEY, type TandemBridge } from '../../electron/shared/ipc-contract';
import { createElectronPlatform } from './electron';
import type { Platform } from './platform';
import { createWebPlatform } from './web';

export type { Platform } from './platform';

function findBridge(): TandemBridge | undefined {
  // The preload exposes the bridge under BRIDGE_KEY; a plain browser has no such property.
  const candidate: unknown = Reflect.get(window, BRIDGE_KEY);
  return typeof candidate === 'object' && candidate !== null ? (candidate as TandemBridge) : undefined;
}

/** The platform of this window, decided once. */
export function detectPlatform(): Platform {
  const bridge = findBridge();
  return bridge ? createElectronPlatform(bridge) : createWebPlatform();
}
