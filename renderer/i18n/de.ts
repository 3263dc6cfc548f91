/** The German catalogue, merged like the English one and typed against its keys. */
import type { Catalogue } from './catalogue';
import { coreDe } from './messages/core';
import { meetingsDe } from './messages/meetings';

export const de: Catalogue = { ...coreDe, ...meetingsDe };
