// Real Dexie over an in-memory IndexedDB implementation (fake-indexeddb), fresh for every test file.
import 'fake-indexeddb/auto';
