/**
 * What this session knows about the automatic backups of each meeting: the fingerprint of the last
 * backup written (so leaving and re-opening the run screen does not write the same content again)
 * and what the quiet notice on the run screen says. Lives for the session, not in the database.
 */
import { create } from 'zustand';

/** The run screen's backup notice: nothing yet, the time of the last backup, or a failure. */
export type BackupNotice = { kind: 'none' } | { kind: 'saved'; at: string } | { kind: 'failed' };

interface MeetingBackups {
  fingerprint?: string;
  notice: BackupNotice;
}

interface BackupsState {
  meetings: Readonly<Record<string, MeetingBackups>>;
  saved(meetingId: string, fingerprint: string, at: string): void;
  failed(meetingId: string): void;
}

export const NO_NOTICE: BackupNotice = { kind: 'none' };

export const useBackupsState = create<BackupsState>()((set) => ({
  meetings: {},
  saved: (meetingId, fingerprint, at) =>
    set((state) => ({
      meetings: { ...state.meetings, [meetingId]: { fingerprint, notice: { kind: 'saved', at } } },
    })),
  failed: (meetingId) =>
    set((state) => ({
      meetings: {
        ...state.meetings,
        [meetingId]: { ...state.meetings[meetingId], notice: { kind: 'failed' } },
      },
    })),
}));
