/** One open workspace: its database and the repositories that write to it. */
import { systemContext, type WriteContext } from './context';
import { openDatabase, type TandemDatabase } from './database';
import { definitionsRepository, type DefinitionsRepository } from './repositories/definitions';
import { knowledgeRepository, type KnowledgeRepository } from './repositories/knowledge';
import { agendaRepository, type AgendaRepository } from './repositories/agenda';
import { conflictsRepository, type ConflictsRepository } from './repositories/conflicts';
import { decisionsRepository, type DecisionsRepository } from './repositories/decisions';
import { attendanceRepository, type AttendanceRepository } from './repositories/attendance';
import { meetingsRepository, type MeetingsRepository } from './repositories/meetings';
import { departmentsRepository, type DepartmentsRepository } from './repositories/departments';
import { peopleRepository, type PeopleRepository } from './repositories/people';
import { seriesRepository, type SeriesRepository } from './repositories/series';
import { settingsRepository, type SettingsRepository } from './repositories/settings';
import { templatesRepository, type TemplatesRepository } from './repositories/templates';
import { runRepository, type RunRepository } from './repositories/run';
import { actionsRepository, type ActionsRepository } from './repositories/actions';
import { parkingLotRepository, type ParkingLotRepository } from './repositories/parking-lot';
import { speakersRepository, type SpeakersRepository } from './repositories/speakers';
import { exchangeRepository, type ExchangeRepository } from './repositories/exchange';
import { votesRepository, type VotesRepository } from './repositories/votes';
import { roundsRepository, type RoundsRepository } from './repositories/rounds';
import { ledgerRepository, type LedgerRepository } from './repositories/ledger';
import { cascadeRepository, type CascadeRepository } from './repositories/cascade';

export interface Workspace {
  db: TandemDatabase;
  meetings: MeetingsRepository;
  agenda: AgendaRepository;
  attendance: AttendanceRepository;
  series: SeriesRepository;
  people: PeopleRepository;
  departments: DepartmentsRepository;
  settings: SettingsRepository;
  templates: TemplatesRepository;
  knowledge: KnowledgeRepository;
  definitions: DefinitionsRepository;
  run: RunRepository;
  actions: ActionsRepository;
  parkingLot: ParkingLotRepository;
  speakers: SpeakersRepository;
  conflicts: ConflictsRepository;
  decisions: DecisionsRepository;
  exchange: ExchangeRepository;
  votes: VotesRepository;
  rounds: RoundsRepository;
  ledger: LedgerRepository;
  cascade: CascadeRepository;
}

/** Wires the repositories to a database; the app calls it once, tests once per test. */
export function createWorkspace(
  db: TandemDatabase = openDatabase(),
  context: WriteContext = systemContext,
): Workspace {
  return {
    db,
    meetings: meetingsRepository(db, context),
    people: peopleRepository(db, context),
    departments: departmentsRepository(db, context),
    agenda: agendaRepository(db, context),
    attendance: attendanceRepository(db, context),
    series: seriesRepository(db, context),
    settings: settingsRepository(db, context.newId),
    templates: templatesRepository(db, context),
    knowledge: knowledgeRepository(db, context),
    definitions: definitionsRepository(db, context),
    run: runRepository(db, context),
    actions: actionsRepository(db, context),
    parkingLot: parkingLotRepository(db, context),
    speakers: speakersRepository(db, context),
    conflicts: conflictsRepository(db, context),
    decisions: decisionsRepository(db, context),
    exchange: exchangeRepository(db, context),
    votes: votesRepository(db, context),
    rounds: roundsRepository(db, context),
    ledger: ledgerRepository(db, context),
    cascade: cascadeRepository(db, context),
  };
}
