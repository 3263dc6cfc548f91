/**
 * The bench page: served next to the built app (same origin, so the same IndexedDB) and driven by
 * bench/run.mjs. It is never part of the app's build. It seeds the reference workspace through the
 * app's own import and makes the exports through the app's own functions.
 */
import { createWorkspace } from '../../renderer/data/workspace';
import { parseExchange } from '../../renderer/domain/exchange/format';
import { MEETING_TABLES } from '../../renderer/domain/exchange/schemas';
import { exportBreakdown, exportPrepared, FORMATS, minutesHtml, prepared, type Format } from './exports';
import { CI_SIZE, FULL_SIZE, referenceWorkspace } from './reference-workspace';

const workspace = createWorkspace();

export interface SeedResult {
  largestMeetingId: string;
  /** The series of 20 meetings (3 in CI) with agreements and cascades, for the Trends figure. */
  seriesId: string;
  activeAgendaItemId: string;
  meetings: number;
  records: number;
  ms: number;
}

const bench = {
  formats: FORMATS,
  /** Writes the reference workspace (full or CI size) into an empty database, meeting by meeting. */
  async seed(size: 'full' | 'ci'): Promise<SeedResult> {
    const started = performance.now();
    const generated = referenceWorkspace(size === 'full' ? FULL_SIZE : CI_SIZE);
    let records = 0;
    for (const file of generated.files) {
      const parsed = parseExchange(JSON.stringify(file));
      if (!parsed.ok)
        throw new Error(`Generated meeting refused: ${JSON.stringify(parsed.errors.slice(0, 3))}`);
      await workspace.exchange.importMeeting(parsed.value, 'update');
      records += 1 + MEETING_TABLES.reduce((sum, table) => sum + parsed.value[table].length, 0);
    }
    // Not in the meeting file: the series links, agreements and their reviews, units' responses.
    const extra = generated.followThrough;
    const { db } = workspace;
    await db.transaction(
      'rw',
      [db.meetings, db.ledgerEntries, db.ledgerReviews, db.cascadeResponses],
      async () => {
        for (const { meetingId, ...link } of extra.series) await db.meetings.update(meetingId, link);
        await db.ledgerEntries.bulkPut(extra.ledgerEntries);
        await db.ledgerReviews.bulkPut(extra.ledgerReviews);
        await db.cascadeResponses.bulkPut(extra.cascadeResponses);
      },
    );
    records += extra.ledgerEntries.length + extra.ledgerReviews.length + extra.cascadeResponses.length;
    return {
      largestMeetingId: generated.largestMeetingId,
      seriesId: extra.seriesId,
      activeAgendaItemId: generated.activeAgendaItemId,
      meetings: generated.files.length,
      records,
      ms: performance.now() - started,
    };
  },
  /**
   * Makes one export from the snapshot the dialog holds; resolves to the time from Save to the file's
   * data (the snapshot read before it is timed by `breakdown`) and its size.
   */
  async time(meetingId: string, format: Format): Promise<{ ms: number; size: number }> {
    const held = await prepared(workspace, meetingId);
    const started = performance.now();
    const size = await exportPrepared(workspace, meetingId, format, held);
    return { ms: performance.now() - started, size };
  },
  /** The time of reading the snapshot and of building the minutes, in ms. */
  breakdown: (meetingId: string) => exportBreakdown(workspace, meetingId),
  /** The HTML minutes and the time they took, for the PDF step. */
  async html(meetingId: string): Promise<{ ms: number; html: string }> {
    const held = await prepared(workspace, meetingId);
    const started = performance.now();
    const html = await minutesHtml(held);
    return { ms: performance.now() - started, html };
  },
};

export type TandemBench = typeof bench;
Object.assign(window, { tandemBench: bench });
