/**
 * A running meeting with a long conflict log, as a Tandem meeting file for Import meeting: the
 * sample meeting of the exchange tests, running on its one item, with `points` open relationship
 * points on that item (statement "Point <n>: …", oldest first) and two proposed decisions, D-2 with
 * an objection from Sales.
 */
import { writeFile } from 'node:fs/promises';
import { exportMeetingJson } from '../../../renderer/domain/exchange/format';
import { ids, nth, sampleMeeting } from '../../unit/domain/exchange-fixture';

const pointId = (n: number) => `bbbbbbbb-0000-4000-8000-${String(n).padStart(12, '0')}`;

export function longMeetingJson(points: number, now: Date): string {
  const records = sampleMeeting();
  const started = new Date(now.getTime() - 10 * 60_000).toISOString();
  const at = (n: number) => new Date(now.getTime() - (points - n) * 1000).toISOString();
  const { endedAt: _ended, ...meeting } = records.meeting;
  records.meeting = { ...meeting, status: 'running', startedAt: started, activeAgendaItemId: ids.item };
  const item = nth(records.agendaItems);
  const { actualEnd: _end, ...running } = item;
  records.agendaItems = [{ ...running, status: 'active', actualStart: started, spans: [{ start: started }] }];
  const template = nth(records.conflictPoints);
  for (let n = 1; n <= points; n += 1)
    records.conflictPoints.push({
      ...template,
      id: pointId(n),
      createdAt: at(n),
      updatedAt: at(n),
      statement: `Point ${n}: Sales feels overruled on topic ${n}`,
      level: 'relationship',
      category: 'recognition-blame',
      positionMarketing: '',
      positionSales: '',
      status: 'open',
      resolution: '',
      decisionId: undefined,
    });
  const decided = nth(records.decisions);
  records.decisions.push({
    ...decided,
    id: pointId(100_001),
    number: 2,
    statement: 'Trade fair budget moves to Q2',
    status: 'proposed',
    settlesConflictIds: [],
    stanceMarketing: 'agree',
    stanceSales: 'object',
  });
  records.decisions.push({
    ...decided,
    id: pointId(100_002),
    number: 3,
    statement: 'Lead scoring is reviewed monthly',
    status: 'proposed',
    settlesConflictIds: [],
    stanceMarketing: undefined,
    stanceSales: undefined,
  });
  return exportMeetingJson(records, now.toISOString());
}

/** Writes the file to `path`. */
export async function writeLongMeeting(path: string, points: number): Promise<void> {
  await writeFile(path, longMeetingJson(points, new Date()));
}
