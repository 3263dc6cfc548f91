/**
 * Alt+Y on the run screen: a mirror round on the conflict point or decision whose row has the
 * focus, else on the latest open conflict point, else on the latest proposed decision. With
 * neither, it says so in a live region.
 */
import { useState } from 'react';
import type { MirrorSubject } from '../../domain/mirror-rounds';
import { useWorkspace } from '../../data/provider';
import { latestMirrorSubject } from '../../data/queries/rounds';
import { useT } from '../../i18n/react';
import { useShortcut } from '../../shortcuts/registry';
import { MirrorRoundDialog } from './MirrorRoundDialog';

type Open = { subject: MirrorSubject; text: string };

/** The subject of the row holding the focus, read from its mirror-round attributes. */
function focusedSubject(): Open | undefined {
  const row = document.activeElement?.closest('li')?.querySelector<HTMLElement>('.mirror-row');
  if (!row) return undefined;
  const text = row.dataset.mirrorText ?? '';
  if (row.dataset.mirrorPoint) return { subject: { conflictPointId: row.dataset.mirrorPoint }, text };
  if (row.dataset.mirrorDecision) return { subject: { decisionId: row.dataset.mirrorDecision }, text };
  return undefined;
}

export function MirrorRoundKey({ meetingId }: { meetingId: string }) {
  const t = useT();
  const { db } = useWorkspace();
  const [open, setOpen] = useState<Open | null>(null);
  const [nothing, setNothing] = useState(false);

  useShortcut({ id: 'mirror-round', combo: { code: 'KeyY', alt: true }, label: 'mirror.shortcut' }, () => {
    const focused = focusedSubject();
    if (focused) return setOpen(focused);
    void latestMirrorSubject(db, meetingId).then((latest) => {
      setNothing(latest === undefined);
      if (latest) setOpen(latest);
    });
  });

  return (
    <>
      <p role="status" className={nothing ? 'muted' : 'visually-hidden'}>
        {nothing ? t('mirror.nothing') : ''}
      </p>
      {open && (
        <MirrorRoundDialog
          meetingId={meetingId}
          subject={open.subject}
          text={open.text}
          onClose={() => setOpen(null)}
        />
      )}
    </>
  );
}
