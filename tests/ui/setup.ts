// UI tests render the real app in jsdom over a real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useMeetingsUi } from '../../renderer/state/meetings-ui';
import { useUndoStack } from '../../renderer/state/undo';

// Live queries answer asynchronously; on a loaded two-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });
const initialMeetingsUi = useMeetingsUi.getState();
const initialUndo = useUndoStack.getState();

afterEach(() => {
  cleanup();
  window.location.hash = '';
  // UI state lives in module-level stores; each test starts from the state the app starts with.
  useMeetingsUi.setState(initialMeetingsUi, true);
  useUndoStack.setState(initialUndo, true);
});
