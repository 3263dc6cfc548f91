/**
 * The Conflict log of the run screen (docs/product.md success factor 3). Log point (Alt+L from anywhere
 * in the run screen) captures a point in seconds; the list shows the running item's points, or the
 * whole meeting's, newest first; the balance keeps the two levels in view. Only the newest points
 * are rendered, more on request, so a log of thousands stays smooth.
 */
import '../../styles/conflicts.css';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { nudge, type ConflictBalance, type ConflictDraft } from '../../domain/conflicts';
import type { ConflictPoint, Id } from '../../domain/types';
import { CONFLICT_PAGE_SIZE, useConflictBalances, useConflictLog } from '../../data/queries/conflicts';
import { useWorkspace } from '../../data/provider';
import { useShortcut } from '../../shortcuts/registry';
import { translateCount } from '../../i18n/language';
import { useLanguage, useT } from '../../i18n/react';
import { isShownOnMirroredScreen, mirroredPoint } from '../../domain/projection';
import { useUndoable } from '../../ui/use-undoable';
import { useWrite } from '../../ui/use-write';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { ConflictBalanceView } from './ConflictBalanceView';
import { ConflictCaptureDialog, type ReturnedDraft } from './ConflictCaptureDialog';
import { ConflictEntry } from './ConflictEntry';
import { snippet } from '../../domain/text';

/** How many points the list renders at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = CONFLICT_PAGE_SIZE;
const NO_POINTS: ConflictBalance = { content: 0, relationship: 0, total: 0, openRelationship: 0 };

export function ConflictLogPanel({ meeting, agenda, activeItem, attendance, mirrored }: RunPanelProps) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const { run } = useWrite();
  const { undoable } = useUndoable();
  const headingId = useId();
  // The open Log point dialog (`null` when closed), with a draft that came back if its write failed.
  // `attempt` starts a fresh dialog for each draft that comes back, even over an open one.
  const [capture, setCapture] = useState<{ returned?: ReturnedDraft; attempt?: number } | null>(null);
  const attempts = useRef(0);
  const [wholeMeeting, setWholeMeeting] = useState(false);
  const itemId = activeItem?.id;
  const showsItem = itemId !== undefined && !wholeMeeting;
  // Only the shown page is read; "Show more" reads a longer page. Another view starts at one page.
  const viewKey = showsItem ? itemId : 'meeting';
  const [paging, setPaging] = useState({ view: viewKey, limit: PAGE_SIZE });
  const limit = paging.view === viewKey ? paging.limit : PAGE_SIZE;
  const balances = useConflictBalances(meeting.id, itemId);

  useShortcut(
    { id: 'conflicts.log', combo: { code: 'KeyL', alt: true }, label: 'conflicts.shortcut.log' },
    () => setCapture({}),
  );

  const view = useMemo(() => {
    const meetingBalance = balances?.meeting ?? NO_POINTS;
    const itemBalance = itemId === undefined ? undefined : (balances?.item ?? NO_POINTS);
    return { meetingBalance, itemBalance, nudge: nudge(meetingBalance, itemBalance) };
  }, [balances, itemId]);
  const total = (showsItem ? view.itemBalance?.total : view.meetingBalance.total) ?? 0;

  // Stable across renders, so the memoised rows of the list do not re-render for a new point.
  const remove = useCallback(
    (point: ConflictPoint) =>
      void undoable(() => conflicts.softDelete(point.id), {
        label: t('conflicts.deleted', { text: snippet(point.statement) }),
        undo: () => conflicts.restore(point.id),
      }),
    [conflicts, undoable, t],
  );

  // The dialog closes on Enter; the point shows in the log once it is stored (the log's query
  // lists a point this window stored from its commit on). Should the write be refused or fail,
  // the dialog comes back with the draft as typed.
  function log(draft: ConflictDraft) {
    const giveBack = (returned: ReturnedDraft) => setCapture({ returned, attempt: ++attempts.current });
    // The write goes to IndexedDB first; closing the dialog renders while it runs.
    void run(() => conflicts.log(meeting.id, draft), {
      refused: (outcome) => giveBack({ draft, errors: outcome.errors }),
      failed: () => giveBack({ draft, storageFailed: true }),
    });
    setCapture(null);
  }

  return (
    <section className="conflict-log" aria-labelledby={headingId}>
      <div className="conflict-log-header">
        <h2 id={headingId}>{t('conflicts.heading')}</h2>
        <button type="button" className="primary" aria-keyshortcuts="Alt+L" onClick={() => setCapture({})}>
          {t('conflicts.log')}
        </button>
      </div>
      <ConflictBalanceView item={view.itemBalance} meeting={view.meetingBalance} nudge={view.nudge} />
      {itemId !== undefined && (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={wholeMeeting}
            onChange={(event) => setWholeMeeting(event.target.checked)}
          />
          {t('conflicts.wholeMeeting')}
        </label>
      )}
      <ConflictPage
        key={`${viewKey}:${limit}`}
        meetingId={meeting.id}
        agendaItemId={showsItem ? itemId : undefined}
        limit={limit}
        total={total}
        mirrored={mirrored}
        empty={t(showsItem ? 'conflicts.emptyItem' : 'conflicts.empty')}
        onDelete={remove}
        onMore={() => setPaging({ view: viewKey, limit: limit + PAGE_SIZE })}
      />
      {capture && (
        <ConflictCaptureDialog
          key={capture.attempt ?? 0}
          meetingId={meeting.id}
          agenda={agenda}
          activeItemId={itemId}
          attendance={attendance}
          returned={capture.returned}
          onLog={log}
          onClose={() => setCapture(null)}
        />
      )}
    </section>
  );
}

interface ConflictPageProps extends Omit<ConflictListProps, 'points'> {
  meetingId: Id;
  agendaItemId: Id | undefined;
  limit: number;
}

/** One page of the log, read live; a new view or a longer page is a new page. */
function ConflictPage({ meetingId, agendaItemId, limit, total, ...rest }: ConflictPageProps) {
  const t = useT();
  const points = useConflictLog(meetingId, agendaItemId, limit)?.points;
  if (points === undefined) return <p className="muted">{t('app.loading')}</p>;
  return <ConflictList points={points} total={Math.max(total, points.length)} {...rest} />;
}

interface ConflictListProps {
  /** The page read: the newest points of the view. */
  points: readonly ConflictPoint[];
  /** How many live points the view holds in all. */
  total: number;
  empty: string;
  /** The screen is mirrored to the room: private points stay stored but are not shown. */
  mirrored?: boolean;
  onDelete: (point: ConflictPoint) => void;
  onMore: () => void;
}

function ConflictList({ points: page, total, empty, mirrored, onDelete, onMore }: ConflictListProps) {
  const t = useT();
  const language = useLanguage();
  const points = mirrored ? page.filter(isShownOnMirroredScreen).map(mirroredPoint) : page;
  const hidden = page.length - points.length;
  const hiddenLine = (
    <p role="status" className="muted mirrored-hidden">
      {hidden > 0 && translateCount(language, 'mirrored.hidden', hidden)}
    </p>
  );
  if (points.length === 0)
    return (
      <>
        <p className="muted">{empty}</p>
        {hiddenLine}
      </>
    );
  return (
    <>
      {hiddenLine}
      <ul className="conflict-list" aria-label={t('conflicts.list')}>
        {points.map((point) => (
          <ConflictEntry key={point.id} point={point} onDelete={onDelete} />
        ))}
      </ul>
      {total > points.length && (
        <p className="conflict-more">
          <span className="muted">{t('conflicts.shownOf', { shown: points.length, total })}</span>
          <button type="button" onClick={onMore}>
            {t('conflicts.showMore')}
          </button>
        </p>
      )}
    </>
  );
}
