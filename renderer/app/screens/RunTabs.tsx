/**
 * The run screen's tabs for what is needed now and then: parking lot, knowledge, notes and the
 * speaker queue, each with its count in the tab's name so nothing waits unseen. Alt+W cycles the
 * tabs; Alt+K, Alt+Q, Alt+O and Alt+H show their tab before they open their capture. Every panel
 * stays mounted, so its keys work from any tab.
 */
import { useState } from 'react';
import { flushSync } from 'react-dom';
import { waitingQueue } from '../../domain/speakers';
import { useKnowledge } from '../../data/queries/knowledge';
import { useParkingLot, useSpeakerTurns } from '../../data/queries/run-capture';
import { useT } from '../../i18n/react';
import { useShortcut } from '../../shortcuts/registry';
import type { RunPanelProps } from '../../ui/run-panel-props';
import { Tabs } from '../../ui/Tabs';
import { ParkingLotSection } from '../../features/actions/ParkingLotSection';
import { QuickKnowledge } from '../../features/knowledge/QuickKnowledge';
import { NotesField } from '../../features/run/NotesField';
import { SpeakerQueuePanel } from '../../features/speakers/SpeakerQueuePanel';

const ORDER = ['parking', 'knowledge', 'notes', 'speakers'] as const;
type TabId = (typeof ORDER)[number];
const isTab = (id: string): id is TabId => ORDER.some((tab) => tab === id);

export function RunTabs(props: RunPanelProps) {
  const { meeting, agenda, activeItem } = props;
  const t = useT();
  const [selected, setSelected] = useState<TabId>('parking');
  const parked = useParkingLot(meeting.id)?.filter(
    (point) => point.deletedAt === undefined && point.status === 'open',
  ).length;
  const known = useKnowledge(meeting.id)?.filter((item) => item.deletedAt === undefined).length;
  const waiting = waitingQueue(useSpeakerTurns(meeting.id) ?? []).length;
  // Synchronously, so the key's own handler finds its field shown and can focus it.
  const reveal = (tab: TabId) => () => flushSync(() => setSelected(tab));

  useShortcut({ id: 'cockpit.nextTab', combo: { code: 'KeyW', alt: true }, label: 'cockpit.nextTab' }, () =>
    setSelected((current) => ORDER[(ORDER.indexOf(current) + 1) % ORDER.length] ?? 'parking'),
  );

  return (
    <Tabs
      className="cockpit-tabs"
      label={t('cockpit.tabs')}
      selected={selected}
      onSelect={(id) => isTab(id) && setSelected(id)}
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
      ]}
    />
  );
}
