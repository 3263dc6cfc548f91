/**
 * "Check-in" and "Check-out" on the run screen, and Alt+J, which opens the round that fits where
 * the meeting stands (domain/rounds.ts `fittingRound`).
 */
import '../../styles/rounds.css';
import { useState } from 'react';
import { fittingRound } from '../../domain/rounds';
import type { AgendaItem, Meeting, RoundKind } from '../../domain/types';
import { useT } from '../../i18n/react';
import { useShortcut } from '../../shortcuts/registry';
import { RoundDialog } from './RoundDialog';

export function RoundButtons({ meeting, agenda }: { meeting: Meeting; agenda: readonly AgendaItem[] }) {
  const t = useT();
  const [open, setOpen] = useState<RoundKind | null>(null);

  useShortcut({ id: 'round', combo: { code: 'KeyJ', alt: true }, label: 'rounds.shortcut' }, () =>
    setOpen(fittingRound(meeting.status, agenda)),
  );

  return (
    <div className="round-buttons" role="group" aria-label={t('rounds.heading')}>
      <button type="button" aria-keyshortcuts="Alt+J" onClick={() => setOpen('check-in')}>
        {t('rounds.checkIn')}
      </button>
      <button type="button" aria-keyshortcuts="Alt+J" onClick={() => setOpen('check-out')}>
        {t('rounds.checkOut')}
      </button>
      {open && <RoundDialog meetingId={meeting.id} kind={open} onClose={() => setOpen(null)} />}
    </div>
  );
}
