/**
 * The Conflict log of the run screen (DESIGN.md success factor 3). Log point (Alt+L from anywhere
 * in the run screen) captures a point in seconds; the list shows the running item's points, or the
 * whole meeting's, newest first; the balance keeps the two levels in view. Only the newest points
 * are rendered, more on request, so a log of thousands stays smooth.
 */
import '../../../styles/conflicts.css';
import { useCallback, useId, useMemo, useState } from 'react';
import { balance, nudge, visibleConflicts } from '../../../domain/conflicts';
import type { ConflictPoint, Id } from '../../../domain/types';
import { useConflictPoints } from '../../../data/conflict-hooks';
import { useWorkspace } from '../../../data/provider';
import { useShortcut } from '../../../app/shortcuts';
import { usePushUndo } from '../../../state/undo';
import { useT } from '../../../i18n/react';
import { FieldError } from '../../../ui/FieldError';
import { UndoNotice } from '../../../ui/UndoNotice';
import type { RunPanelProps } from '../panel-props';
import { ConflictBalanceView } from './ConflictBalanceView';
import { ConflictCaptureDialog } from './ConflictCaptureDialog';
import { ConflictEntry } from './ConflictEntry';
import { snippet } from './labels';

/** How many points the list renders at first, and how many more each "Show more" adds. */
export const PAGE_SIZE = 200;

export function ConflictLogPanel({ meeting, agenda, activeItem, attendance }: RunPanelProps) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const pushUndo = usePushUndo();
  const points = useConflictPoints(meeting.id);
  const headingId = useId();
  const [capturing, setCapturing] = useState(false);
  const [wholeMeeting, setWholeMeeting] = useState(false);
  const [deleted, setDeleted] = useState<{ id: Id; text: string } | null>(null);
  const [failed, setFailed] = useState(false);
  const itemId = activeItem?.id;
  const showsItem = itemId !== undefined && !wholeMeeting;

  useShortcut(
    { id: 'conflicts.log', combo: { code: 'KeyL', alt: true }, label: 'conflicts.shortcut.log' },
    () => setCapturing(true),
  );

  const view = useMemo(() => {
    const all = points ?? [];
    const meetingBalance = balance(all);
    const itemBalance = itemId === undefined ? undefined : balance(all, itemId);
    return {
      shown: visibleConflicts(all, showsItem ? itemId : undefined),
      meetingBalance,
      itemBalance,
      nudge: nudge(meetingBalance, itemBalance),
    };
  }, [points, itemId, showsItem]);

  // Stable across renders, so the memoised rows of the list do not re-render for a new point.
  const remove = useCallback(
    async (point: ConflictPoint) => {
      try {
        await conflicts.softDelete(point.id);
        setFailed(false);
        const text = snippet(point.statement);
        setDeleted({ id: point.id, text });
        // Ctrl+Z anywhere brings it back too; restoring twice is harmless.
        pushUndo({ label: t('conflicts.deleted', { text }), undo: () => conflicts.restore(point.id) });
      } catch {
        setFailed(true);
      }
    },
    [conflicts, pushUndo, t],
  );
  const onFailure = useCallback(() => setFailed(true), []);

  async function undo() {
    if (!deleted) return;
    await conflicts.restore(deleted.id);
    setDeleted(null);
  }

  return (
    <section className="conflict-log" aria-labelledby={headingId}>
      <div className="conflict-log-header">
        <h2 id={headingId}>{t('conflicts.heading')}</h2>
        <button
          type="button"
          className="primary"
          aria-keyshortcuts="Alt+L"
          onClick={() => setCapturing(true)}
        >
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
      {points === undefined ? (
        <p className="muted">{t('app.loading')}</p>
      ) : (
        <ConflictList
          key={showsItem ? itemId : 'meeting'}
          points={view.shown}
          empty={t(showsItem ? 'conflicts.emptyItem' : 'conflicts.empty')}
          onDelete={remove}
          onFailure={onFailure}
        />
      )}
      <FieldError id={`${headingId}-storage`} message={failed ? t('error.storage') : undefined} />
      <UndoNotice
        message={deleted ? t('conflicts.deleted', { text: deleted.text }) : undefined}
        onUndo={undo}
        onDismiss={() => setDeleted(null)}
      />
      {capturing && (
        <ConflictCaptureDialog
          meetingId={meeting.id}
          agenda={agenda}
          activeItemId={itemId}
          attendance={attendance}
          onClose={() => setCapturing(false)}
        />
      )}
    </section>
  );
}

interface ConflictListProps {
  points: readonly ConflictPoint[];
  empty: string;
  onDelete: (point: ConflictPoint) => void;
  onFailure: () => void;
}

function ConflictList({ points, empty, onDelete, onFailure }: ConflictListProps) {
  const t = useT();
  const [limit, setLimit] = useState(PAGE_SIZE);
  if (points.length === 0) return <p className="muted">{empty}</p>;
  return (
    <>
      <ul className="conflict-list" aria-label={t('conflicts.list')}>
        {points.slice(0, limit).map((point) => (
          <ConflictEntry key={point.id} point={point} onDelete={onDelete} onFailure={onFailure} />
        ))}
      </ul>
      {points.length > limit && (
        <p className="conflict-more">
          <span className="muted">{t('conflicts.shownOf', { shown: limit, total: points.length })}</span>
          <button type="button" onClick={() => setLimit((current) => current + PAGE_SIZE)}>
            {t('conflicts.showMore')}
          </button>
        </p>
      )}
    </>
  );
}
