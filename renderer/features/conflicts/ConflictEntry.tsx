/**
 * One point in the conflict log: its level, category, statement (private ones marked), status and
 * resolution, and the actions its status allows. Status changes without text happen at once;
 * resolving and reframing ask for their text in a dialog.
 */
import { memo, useState } from 'react';
import { canChangeStatus, canReframe } from '../../domain/conflicts';
import type { ConflictPoint } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';
import { ReframeDialog } from './ReframeDialog';
import { ResolveDialog } from './ResolveDialog';
import { snippet } from '../../domain/text';
import { useMirrorRoundSlot } from '../../ui/mirror-round-slot';

interface ConflictEntryProps {
  point: ConflictPoint;
  onDelete: (point: ConflictPoint) => void;
}

/** The quick changes, in the order their buttons appear. */
const QUICK: readonly { to: 'parked' | 'escalated' | 'open'; label: MessageKey; name: MessageKey }[] = [
  { to: 'parked', label: 'conflicts.park', name: 'conflicts.parkFor' },
  { to: 'escalated', label: 'conflicts.escalate', name: 'conflicts.escalateFor' },
  { to: 'open', label: 'conflicts.reopen', name: 'conflicts.reopenFor' },
];

/**
 * Memoised: a live query hands over fresh copies of every point after each write, so rows compare
 * the point field by field (all flat values) and a new point re-renders only its own row.
 */
export const ConflictEntry = memo(function ConflictEntry({ point, onDelete }: ConflictEntryProps) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const [dialog, setDialog] = useState<'resolve' | 'reframe' | null>(null);
  const mirror = useMirrorRoundSlot();
  const text = snippet(point.statement);

  const { run } = useWrite();

  function change(to: QuickTarget) {
    void run(() => conflicts.changeStatus(point.id, { to }));
  }

  return (
    <li className={`conflict-entry level-${point.level}${point.private ? ' is-private' : ''}`}>
      <p className="conflict-meta">
        <span className={`badge level-${point.level}`}>{t(`conflicts.level.${point.level}`)}</span>
        {point.category && <span>{t(`conflicts.category.${point.category}`)}</span>}
        <span className={`badge status-${point.status}`}>{t(`conflicts.status.${point.status}`)}</span>
        {point.private && <span className="badge private">{t('conflicts.privateMark')}</span>}
      </p>
      <p className="conflict-statement">{point.statement}</p>
      {point.status === 'resolved' && (
        <p className="conflict-resolution">{t('conflicts.resolutionShown', { text: point.resolution })}</p>
      )}
      {point.reframedAsId && <p className="muted">{t('conflicts.reframedAs')}</p>}
      {point.reframedFromId && <p className="muted">{t('conflicts.reframedFrom')}</p>}
      <div className="row-actions">
        {canChangeStatus(point.status, 'resolved') && (
          <button
            type="button"
            aria-label={t('conflicts.resolveFor', { text })}
            onClick={() => setDialog('resolve')}
          >
            {t('conflicts.resolve')}
          </button>
        )}
        {QUICK.filter((quick) => canChangeStatus(point.status, quick.to)).map((quick) => (
          <button
            key={quick.to}
            type="button"
            aria-label={t(quick.name, { text })}
            onClick={() => change(quick.to)}
          >
            {t(quick.label)}
          </button>
        ))}
        {canReframe(point) && (
          <button
            type="button"
            aria-label={t('conflicts.reframeFor', { text })}
            onClick={() => setDialog('reframe')}
          >
            {t('conflicts.reframe')}
          </button>
        )}
        <button
          type="button"
          className="quiet"
          aria-label={t('conflicts.deleteFor', { text })}
          onClick={() => onDelete(point)}
        >
          {t('action.delete')}
        </button>
      </div>
      {mirror?.row({ conflictPointId: point.id }, point.statement)}
      {dialog === 'resolve' && <ResolveDialog point={point} onClose={() => setDialog(null)} />}
      {dialog === 'reframe' && <ReframeDialog point={point} onClose={() => setDialog(null)} />}
    </li>
  );
}, sameEntry);

function sameEntry(before: ConflictEntryProps, after: ConflictEntryProps): boolean {
  if (before.onDelete !== after.onDelete) return false;
  const keys = Object.keys(after.point) as (keyof ConflictPoint)[];
  return (
    keys.length === Object.keys(before.point).length &&
    keys.every((key) => before.point[key] === after.point[key])
  );
}

type QuickTarget = (typeof QUICK)[number]['to'];
