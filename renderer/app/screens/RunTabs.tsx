/**
 * The run screen's tabs for what is needed now and then: parking lot, knowledge, notes, the
 * speaker queue, the give-and-get agreements and the units' responses to decisions (cascade), each
 * with its count in the tab's name so nothing waits unseen (for agreements: those still to review;
 * while the "Review agreements" block runs, that tab shows unless one was chosen here). Alt+W cycles
 * the tabs; Alt+K, Alt+Q, Alt+O and Alt+H show their tab before they open their capture. Every panel
 * stays mounted, so its keys work from any tab. The tab chosen is remembered per meeting on this
 * device (a setting, never exported), so a reload shows it again.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { waitingQueue } from '../../domain/speakers';
import { useWorkspace } from '../../data/provider';
import { useKnowledge } from '../../data/queries/knowledge';
import { useParkingLot, useSpeakerTurns } from '../../data/queries/run-capture';
import { useCockpitTab } from '../../data/queries/settings';
import { useT } from '../../i18n/react';
import { useShortcut } from '../../shortcuts/registry';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { Tabs } from '../../ui/Tabs';
import { useWrite } from '../../ui/use-write';
import { ParkingLotSection } from '../../features/actions/ParkingLotSection';
import { QuickKnowledge } from '../../features/knowledge/QuickKnowledge';
import { NotesField } from '../../features/run/NotesField';
import { SpeakerQueuePanel } from '../../features/speakers/SpeakerQueuePanel';
import { LedgerPanel } from '../../features/ledger/LedgerPanel';
import { isLedgerReviewItem, openReviewCount } from '../../domain/ledger';
import { useMeetingLedger } from '../../data/queries/ledger';

import { CascadeRunPanel, cascadesToDiscuss } from '../../features/cascade/CascadeRunPanel';
import { useCascades } from '../../data/queries/cascade';
import { localDateOf } from '../../domain/calendar';

const ORDER = ['parking', 'knowledge', 'notes', 'speakers', 'agreements', 'units'] as const;
type TabId = (typeof ORDER)[number];
const isTab = (id: string): id is TabId => ORDER.some((tab) => tab === id);

export function RunTabs(props: RunPanelProps) {
  const { meeting, agenda, activeItem } = props;
  const t = useT();
  const { settings } = useWorkspace();
  const { run } = useWrite();
  const stored = useCockpitTab(meeting.id);
  // The tab chosen here, until then the one remembered for this meeting, else the parking lot.
  const [chosen, setChosen] = useState<{ meetingId: string; tab: TabId }>();
  const reviewing = activeItem !== undefined && isLedgerReviewItem(activeItem);
  const selected: TabId =
    chosen?.meetingId === meeting.id
      ? chosen.tab
      : reviewing
        ? 'agreements'
        : stored && isTab(stored)
          ? stored
          : 'parking';
  const select = (tab: TabId, now = false) => {
    const change = () => setChosen({ meetingId: meeting.id, tab });
    if (now) flushSync(change);
    else change();
    if (tab !== selected) void run(() => settings.setCockpitTab(meeting.id, tab));
  };
  const parked = useParkingLot(meeting.id)?.filter(
    (point) => point.deletedAt === undefined && point.status === 'open',
  ).length;
  const known = useKnowledge(meeting.id)?.filter((item) => item.deletedAt === undefined).length;
  const waiting = waitingQueue(useSpeakerTurns(meeting.id) ?? []).length;
  const ledger = useMeetingLedger(meeting.id);
  const toReview = ledger ? openReviewCount(ledger.underReview) : 0;
  const cascades = useCascades();
  const today = localDateOf(new Date());
  const awaiting = cascadesToDiscuss(cascades ?? [], meeting.id, today).length;
  // Synchronously, so the key's own handler finds its field shown and can focus it.
  const reveal = (tab: TabId) => () => select(tab, true);

  useShortcut({ id: 'cockpit.nextTab', combo: { code: 'KeyW', alt: true }, label: 'cockpit.nextTab' }, () =>
    select(ORDER[(ORDER.indexOf(selected) + 1) % ORDER.length] ?? 'parking'),
  );

  return (
    <Tabs
      className="cockpit-tabs"
      label={t('cockpit.tabs')}
      selected={selected}
      onSelect={(id) => isTab(id) && select(id)}
      tabs={[
        {
          id: 'parking',
          label: t('cockpit.tab.parking', { count: parked ?? 0 }),
          content: (
            <ParkingLotSection meetingId={meeting.id} activeItem={activeItem} onReveal={reveal('parking')} />
          ),
        },
        {
          id: 'knowledge',
          label: t('cockpit.tab.knowledge', { count: known ?? 0 }),
          content: (
            <QuickKnowledge
              meetingId={meeting.id}
              agenda={agenda}
              activeItem={activeItem}
              onReveal={reveal('knowledge')}
            />
          ),
        },
        {
          id: 'notes',
          label: t(activeItem?.notes ? 'cockpit.tab.notesWritten' : 'cockpit.tab.notes'),
          content: activeItem ? (
            <NotesField key={activeItem.id} item={activeItem} onReveal={reveal('notes')} />
          ) : (
            <p className="muted">{t('cockpit.notesNone')}</p>
          ),
        },
        {
          id: 'speakers',
          label: t('cockpit.tab.speakers', { count: waiting }),
          content: <SpeakerQueuePanel {...props} onReveal={reveal('speakers')} />,
        },
        {
          id: 'agreements',
          label: t('cockpit.tab.agreements', { count: toReview }),
          content: <LedgerPanel meeting={meeting} mode="run" onReveal={reveal('agreements')} />,
        },
        {
          id: 'units',
          label: t('cascade.run.tab', { count: awaiting }),
          content: <CascadeRunPanel meetingId={meeting.id} cascades={cascades} today={today} />,
        },
      ]}
    />
  );
}
