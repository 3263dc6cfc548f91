/**
 * The Dexie database of one workspace. This folder is the only code that imports Dexie.
 * Transactions use strict durability: a write counts as done only when it reached the disk,
 * which is what "every keystroke is safe" needs.
 */
import Dexie, { type EntityTable } from 'dexie';
import type {
  ActionItem,
  AgendaItem,
  Attendance,
  ConflictPoint,
  Decision,
  Definition,
  KnowledgeItem,
  Meeting,
  MirrorRound,
  ParkingLotPoint,
  Person,
  RoundEntry,
  Setting,
  SpeakerTurn,
  Template,
  Vote,
  LedgerEntry,
  LedgerReview,
  CascadeResponse,
  FigureCheck,
} from '../domain/types';
import { DATABASE_NAME, SCHEMA_VERSIONS } from './schema';
import { keepConflictTallies, type ConflictTally } from './middleware/conflict-tally';
import { watchWrites } from './middleware/write-watch';

export type TandemDatabase = Dexie & {
  people: EntityTable<Person, 'id'>;
  meetings: EntityTable<Meeting, 'id'>;
  attendance: EntityTable<Attendance, 'id'>;
  agendaItems: EntityTable<AgendaItem, 'id'>;
  conflictPoints: EntityTable<ConflictPoint, 'id'>;
  decisions: EntityTable<Decision, 'id'>;
  actionItems: EntityTable<ActionItem, 'id'>;
  knowledgeItems: EntityTable<KnowledgeItem, 'id'>;
  parkingLot: EntityTable<ParkingLotPoint, 'id'>;
  definitions: EntityTable<Definition, 'id'>;
  templates: EntityTable<Template, 'id'>;
  settings: EntityTable<Setting, 'key'>;
  speakerTurns: EntityTable<SpeakerTurn, 'id'>;
  conflictTallies: EntityTable<ConflictTally, 'key'>;
  votes: EntityTable<Vote, 'id'>;
  roundEntries: EntityTable<RoundEntry, 'id'>;
  mirrorRounds: EntityTable<MirrorRound, 'id'>;
  ledgerEntries: EntityTable<LedgerEntry, 'id'>;
  ledgerReviews: EntityTable<LedgerReview, 'id'>;
  cascadeResponses: EntityTable<CascadeResponse, 'id'>;
  figureChecks: EntityTable<FigureCheck, 'id'>;
};

/** Opens (lazily) the workspace database; tests pass their own name to isolate their data. */
export function openDatabase(name: string = DATABASE_NAME): TandemDatabase {
  // The cast is how Dexie types its tables: they are declared on the instance by `stores()` below.
  const db = new Dexie(name, { chromeTransactionDurability: 'strict' }) as TandemDatabase;
  for (const { version, stores, upgrade } of SCHEMA_VERSIONS) {
    const declared = db.version(version).stores(stores);
    if (upgrade) declared.upgrade(upgrade);
  }
  keepConflictTallies(db);
  watchWrites(db);
  return db;
}
