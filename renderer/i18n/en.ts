/**
 * The English catalogue, merged from one message file per area (`messages/`). Its keys define
 * `MessageKey`; the German catalogue must have exactly the same keys and placeholders (the
 * typecheck and a test check both). The main controls use the exact words of DESIGN.md.
 */
import { audienceEn } from './messages/audience';
import { backupsEn } from './messages/backups';
import { exchangeEn } from './messages/exchange';
import { exportEn } from './messages/export';
import { captureEn } from './messages/capture';
import { coreEn } from './messages/core';
import { decisionsEn } from './messages/decisions';
import { conflictsEn } from './messages/conflicts';
import { definitionsEn } from './messages/definitions';
import { knowledgeEn } from './messages/knowledge';
import { meetingsEn } from './messages/meetings';
import { peopleEn } from './messages/people';
import { prepareEn } from './messages/prepare';
import { registerEn } from './messages/register';
import { runEn } from './messages/run';
import { speakersEn } from './messages/speakers';
import { writeFailureEn } from './messages/write-failure';
import { listsEn } from './messages/lists';

export const en = {
  ...coreEn,
  ...meetingsEn,
  ...peopleEn,
  ...prepareEn,
  ...runEn,
  ...knowledgeEn,
  ...definitionsEn,
  ...captureEn,
  ...speakersEn,
  ...conflictsEn,
  ...decisionsEn,
  ...audienceEn,
  ...exchangeEn,
  ...registerEn,
  ...exportEn,
  ...backupsEn,
  ...writeFailureEn,
  ...listsEn,
} as const;

export type MessageKey = keyof typeof en;
