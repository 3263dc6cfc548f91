// UI tests render the real app in jsdom over a real Dexie on fake-indexeddb.
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeAll } from 'vitest';
import { useMeetingsUi } from '../../renderer/state/meetings-ui';
import { useUndoStack } from '../../renderer/state/undo';
import { installDialogPolyfill } from './dialog-polyfill';

installDialogPolyfill();

// Live queries answer asynchronously; on a loaded two-core CI machine that can take over a second.
configure({ asyncUtilTimeout: 5_000 });
// The app loads most screens on demand (renderer/app/screens.ts). Load them here, before any test's
// clock runs, so a test that opens a screen waits for its data, not for the first transform of its chunk.
beforeAll(async () => {
  await Promise.all([
    import('../../renderer/features/audience/AudienceScreen'),
    import('../../renderer/features/meetings/RestoreScreen'),
    import('../../renderer/features/definitions/DefinitionsScreen'),
    import('../../renderer/features/people/PeopleScreen'),
    import('../../renderer/app/screens/PrepareScreen'),
    import('../../renderer/features/register/RegisterScreen'),
    import('../../renderer/app/screens/RegisterPage'),
    import('../../renderer/app/screens/RunScreen'),
  ]);
}, 120_000);

const initialMeetingsUi = useMeetingsUi.getState();
const initialUndo = useUndoStack.getState();

afterEach(() => {
  cleanup();
  window.location.hash = '';
  // UI state lives in module-level stores; each test starts from the state the app starts with.
  useMeetingsUi.setState(initialMeetingsUi, true);
  useUndoStack.setState(initialUndo, true);
});
