/**
 * One point in the conflict log: its level, category, statement (private ones marked), status and
 * resolution, and the actions its status allows. Status changes without text happen at once;
 * resolving and reframing ask for their text in a dialog.
 */
import {
  Check,
  ChevronsUp,
  Link2,
  PenLine,
  RotateCcw,
  SquareParking,
  Trash2,
  type LucideIcon,
} from 'lucide-react';
import { memo, useState } from 'react';
import { canChangeStatus, canReframe } from '../../domain/conflicts';
import type { ConflictPoint } from '../../domain/types';
import { useWorkspace } from '../../data/provider';
import type { MessageKey } from '../../i18n/language';
import { useT } from '../../i18n/react';
import { useWrite } from '../../ui/use-write';
import { ReframeDialog } from './ReframeDialog';
import { ResolveDialog } from './ResolveDialog';
import { TouchedLine, TouchesDialog } from './TouchesDialog';
import { snippet } from '../../domain/text';
import { useMirrorRoundSlot } from '../../ui/mirror-round-slot';
import { RowAction } from '../../ui/RowAction';

interface ConflictEntryProps {
  point: ConflictPoint;
  onDelete: (point: ConflictPoint) => void;
}

/** The quick changes, in the order their buttons appear. */
const QUICK: readonly {
  to: 'parked' | 'escalated' | 'open';
  label: MessageKey;
  name: MessageKey;
  icon: LucideIcon;
}[] = [
  { to: 'parked', label: 'conflicts.park', name: 'conflicts.parkFor', icon: SquareParking },
  { to: 'escalated', label: 'conflicts.escalate', name: 'conflicts.escalateFor', icon: ChevronsUp },
  { to: 'open', label: 'conflicts.reopen', name: 'conflicts.reopenFor', icon: RotateCcw },
];

/**
 * Memoised: a live query hands over fresh copies of every point after each write, so rows compare
 * the point field by field (all flat values) and a new point re-renders only its own row.
 */
export const ConflictEntry = memo(function ConflictEntry({ point, onDelete }: ConflictEntryProps) {
  const t = useT();
  const { conflicts } = useWorkspace();
  const [dialog, setDialog] = useState<'resolve' | 'reframe' | 'touches' | null>(null);
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
      {point.touchesDecisionIds && point.touchesDecisionIds.length > 0 && (
        <TouchedLine ids={point.touchesDecisionIds} />
      )}
      <div className="row-actions">
        {canChangeStatus(point.status, 'resolved') && (
          <RowAction
            icon={Check}
            label={t('conflicts.resolve')}
            name={t('conflicts.resolveFor', { text })}
            onClick={() => setDialog('resolve')}
          />
        )}
        {QUICK.filter((quick) => canChangeStatus(point.status, quick.to)).map((quick) => (
          <RowAction
            key={quick.to}
            icon={quick.icon}
            label={t(quick.label)}
            name={t(quick.name, { text })}
            onClick={() => change(quick.to)}
          />
        ))}
        {canReframe(point) && (
          <RowAction
            icon={PenLine}
            label={t('conflicts.reframe')}
            name={t('conflicts.reframeFor', { text })}
            onClick={() => setDialog('reframe')}
          />
        )}
        <RowAction
          icon={Link2}
          label={t('gate.link')}
          name={t('gate.linkFor', { statement: text })}
          onClick={() => setDialog('touches')}
        />
        <RowAction
          icon={Trash2}
          label={t('action.delete')}
          name={t('conflicts.deleteFor', { text })}
          danger
          onClick={() => onDelete(point)}
        />
        {mirror?.row({ conflictPointId: point.id }, point.statement)}
      </div>
      {dialog === 'resolve' && <ResolveDialog point={point} onClose={() => setDialog(null)} />}
      {dialog === 'touches' && <TouchesDialog point={point} onClose={() => setDialog(null)} />}
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
