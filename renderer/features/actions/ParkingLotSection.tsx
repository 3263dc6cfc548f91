/**
 * The parking lot while the meeting runs: a point that belongs to another meeting is parked in
 * seconds (Alt+K or "Add to parking lot" opens an inline quick-capture; Enter parks it, Escape closes)
 * with the running item as its origin, and closed once dealt with. On the run screen the section
 * lives in a tab: `onReveal` shows it before the capture opens.
 */
import { useId, useState, type FormEvent } from 'react';
import { MAX_PARKING_LOT_LENGTH, parkingLotOpenFirst } from '../../domain/parking-lot';
import type { AgendaItem, ParkingLotPoint } from '../../domain/types';
import { useShortcut } from '../../shortcuts/registry';
import { useWorkspace } from '../../data/provider';
import { useParkingLot } from '../../data/queries/run-capture';
import { useT } from '../../i18n/react';
import { QuickCapture } from '../../ui/QuickCapture';
import { TextField } from '../../ui/TextField';
import { useWrite } from '../../ui/use-write';
import { snippet } from '../../domain/text';

interface ParkingLotSectionProps {
  meetingId: string;
  activeItem: AgendaItem | undefined;
  /** Shows the section (its tab) before the capture opens by key. */
  onReveal?: () => void;
}

export function ParkingLotSection({ meetingId, activeItem, onReveal }: ParkingLotSectionProps) {
  const t = useT();
  const { parkingLot } = useWorkspace();
  const points = useParkingLot(meetingId);
  const headingId = useId();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | undefined>();
  const { run } = useWrite();
  const shown = parkingLotOpenFirst(points ?? []);

  useShortcut({ id: 'park-point', combo: { code: 'KeyK', alt: true }, label: 'parkingLot.add' }, () => {
    onReveal?.();
    setOpen(true);
  });
  const close = () => {
    setOpen(false);
    setText('');
    setError(undefined);
  };

  function submit(event: FormEvent) {
    event.preventDefault();
    void run(() => parkingLot.create(meetingId, { text, agendaItemId: activeItem?.id ?? '' }), {
      refused: (outcome) => {
        const code = outcome.errors[0]?.code ?? 'text-empty';
        setError(t(`parkingLot.error.${code}`, { max: MAX_PARKING_LOT_LENGTH }));
      },
      done: close,
    });
  }

  return (
    <section className="capture-section" aria-labelledby={headingId}>
      <div className="panel-head">
        <h2 id={headingId}>{t('parkingLot.heading')}</h2>
        <QuickCapture
          label={t('parkingLot.add')}
          keys="Alt+K"
          primary
          open={open}
          onOpen={() => setOpen(true)}
          onClose={close}
        >
          <form className="capture-form inline" aria-label={t('parkingLot.add')} onSubmit={submit} noValidate>
            <TextField
              label={t('parkingLot.text')}
              value={text}
              onValue={setText}
              error={error}
              autoComplete="off"
              autoFocus
            />
            <button type="submit" className="primary">
              {t('parkingLot.add')}
            </button>
          </form>
        </QuickCapture>
      </div>
      {points !== undefined && shown.length === 0 && <p className="muted">{t('parkingLot.empty')}</p>}
      {shown.length > 0 && (
        <ul className="capture-list" aria-labelledby={headingId}>
          {shown.map((point) => (
            <ParkingLotRow key={point.id} point={point} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ParkingLotRow({ point }: { point: ParkingLotPoint }) {
  const t = useT();
  const { parkingLot } = useWorkspace();
  const { run } = useWrite();
  const short = snippet(point.text);
  const closed = point.status === 'closed';
  return (
    <li className={`capture-row status-${point.status}`}>
      <p className="capture-text">{point.text}</p>
      <p className="capture-meta">
        {closed && <span>{t('parkingLot.closed')}</span>}
        {point.carriedFromId !== undefined && <span className="tag">{t('parkingLot.carried')}</span>}
      </p>
      <div className="row-actions">
        <button
          type="button"
          className="quiet"
          aria-label={t(closed ? 'parkingLot.reopenFor' : 'parkingLot.closeFor', { text: short })}
          onClick={() => void run(() => (closed ? parkingLot.reopen(point.id) : parkingLot.close(point.id)))}
        >
          {t(closed ? 'cockpit.reopen' : 'cockpit.close')}
        </button>
      </div>
    </li>
  );
}
