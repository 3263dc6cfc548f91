/** The German catalogue, merged like the English one and typed against its keys. */
import type { Catalogue } from './catalogue';
import { audienceDe } from './messages/audience';
import { backupsDe } from './messages/backups';
import { exchangeDe } from './messages/exchange';
import { exportDe } from './messages/export';
import { captureDe } from './messages/capture';
import { coreDe } from './messages/core';
import { decisionsDe } from './messages/decisions';
import { conflictsDe } from './messages/conflicts';
import { definitionsDe } from './messages/definitions';
import { knowledgeDe } from './messages/knowledge';
import { meetingsDe } from './messages/meetings';
import { peopleDe } from './messages/people';
import { prepareDe } from './messages/prepare';
import { registerDe } from './messages/register';
import { runDe } from './messages/run';
import { speakersDe } from './messages/speakers';
import { writeFailureDe } from './messages/write-failure';
import { listsDe } from './messages/lists';

export const de: Catalogue = {
  ...coreDe,
  ...meetingsDe,
  ...peopleDe,
  ...prepareDe,
  ...runDe,
  ...knowledgeDe,
  ...definitionsDe,
  ...captureDe,
  ...speakersDe,
  ...conflictsDe,
  ...decisionsDe,
  ...audienceDe,
  ...exchangeDe,
  ...registerDe,
  ...exportDe,
  ...backupsDe,
  ...writeFailureDe,
  ...listsDe,
};
