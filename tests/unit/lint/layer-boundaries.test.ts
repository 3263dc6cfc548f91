/**
 * The layer boundaries of STYLE.md are enforced by ESLint; this proves the zone table really
 * refuses what each layer must not import, and allows what it may.
 */
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const eslint = new ESLint({ cwd: process.cwd() });

async function refusedImports(filePath: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(source, { filePath });
  return (result?.messages ?? [])
    .filter(
      (message) =>
        message.ruleId === 'no-restricted-imports' || message.ruleId === 'no-restricted-properties',
    )
    .map((message) => /'([^']+)'/.exec(message.message)?.[1] ?? message.message);
}

const importing = (...modules: string[]) =>
  modules.map((module, index) => `import * as m${index} from '${module}';\nvoid m${index};`).join('\n');

describe('layer boundaries', () => {
  // The first lint loads the config and its plugins, which on a busy machine outlasts a test's 5 s.
  beforeAll(() => refusedImports('renderer/probe.ts', ''), 60_000);

  it.each([
    [
      'renderer/domain/probe.ts',
      [
        'dexie',
        'zustand',
        'react',
        'electron',
        'node:fs',
        '../data/database',
        '../i18n/react',
        '../i18n/format',
      ],
    ],
    [
      'renderer/features/meetings/probe.tsx',
      ['dexie', 'dexie-react-hooks', 'zustand/vanilla', 'electron', 'node:path'],
    ],
    ['renderer/data/probe.ts', ['zustand', 'electron', '../../electron/main/index']],
    ['renderer/state/probe.ts', ['dexie', '../ui/Dialog']],
    // Features import neither app/ nor each other; composition is app/'s job.
    [
      'renderer/features/conflicts/probe.tsx',
      [
        '../../app/AppShell',
        '../../app/screens/RunScreen',
        '../decisions/DecisionsPanel',
        '../people/PersonPicker',
        '../../features/decisions/labels',
      ],
    ],
    // Shared layers below the features import none of them, nor app/.
    ['renderer/ui/probe.tsx', ['../features/people/PersonPicker', '../app/router']],
    ['renderer/navigation/probe.ts', ['../features/export/ExportMinutesDialog', '../app/screens']],
    ['renderer/shortcuts/probe.ts', ['../features/run/RunControls', '../app/GlobalShortcuts']],
    ['renderer/data/queries/probe.ts', ['../../features/meetings/MeetingRow', '../../ui/Dialog']],
    ['renderer/domain/minutes/probe.ts', ['../../ui/Dialog', '../../features/export/export-file']],
    // The PDF typesetter knows nothing of Tandem.
    ['renderer/pdf/probe.ts', ['../domain/minutes/model', '../i18n/language', 'react']],
    [
      'electron/shared/probe.ts',
      [
        'electron',
        'node:fs',
        'react',
        '../../renderer/domain/types',
        '../../renderer/i18n/react',
        '../../renderer/i18n/languages/en',
        '../main/index',
      ],
    ],
    ['electron/preload/probe.ts', ['node:fs', '../main/index', 'react']],
    [
      'electron/main/probe.ts',
      [
        'react',
        'dexie',
        '../../renderer/domain/types',
        '../../renderer/i18n/react',
        '../../renderer/i18n/format',
        // Only backup-file.ts reads meeting files with the import's code.
        '../../renderer/domain/exchange/format',
        '../../renderer/domain/exchange/schemas',
        '../../renderer/domain/limits',
      ],
    ],
    // backup-file.ts: the exchange reader, its schemas and limits, nothing else of the renderer.
    [
      'electron/main/backup-file.ts',
      [
        'react',
        '../../renderer/domain/exchange/validate',
        '../../renderer/domain/exchange/read-file',
        '../../renderer/domain/calendar',
        '../../renderer/data/database',
        '../../renderer/i18n/react',
      ],
    ],
  ])('%s may not import %j', async (file, modules) => {
    expect(await refusedImports(file, importing(...modules))).toEqual(modules);
  });

  it.each([
    [
      'renderer/data/probe.ts',
      ['dexie', 'dexie-react-hooks', '../domain/types', '../../electron/shared/result'],
    ],
    ['renderer/state/probe.ts', ['zustand']],
    [
      'renderer/features/conflicts/probe.tsx',
      [
        'react',
        '../../data/queries/conflicts',
        '../../state/undo',
        '../../i18n/react',
        '../../ui/Dialog',
        '../../navigation/router',
        '../../shortcuts/registry',
        './ConflictEntry',
        './nested/part',
      ],
    ],
    ['renderer/app/screens/probe.tsx', ['../../features/conflicts/ConflictLogPanel', '../AppShell']],
    ['renderer/domain/minutes/pdf/probe.ts', ['../../../pdf/writer', '../model']],
    // The one home for language is pure: the domain and the Electron side read their words from it.
    ['renderer/domain/minutes/probe.ts', ['../../i18n/language']],
    [
      'electron/main/probe.ts',
      ['electron', 'node:fs', 'zod', '../shared/ipc-contract', '../../renderer/i18n/language'],
    ],
    [
      'electron/main/backup-file.ts',
      [
        'node:fs',
        'zod',
        '../../renderer/domain/exchange/format',
        '../../renderer/domain/exchange/schemas',
        '../../renderer/domain/limits',
        '../../renderer/i18n/language',
      ],
    ],
    ['electron/shared/probe.ts', ['zod', '../../renderer/i18n/language']],
    ['electron/preload/probe.ts', ['electron', '../shared/ipc-contract']],
  ])('%s may import %j', async (file, modules) => {
    expect(await refusedImports(file, importing(...modules))).toEqual([]);
  });

  it('lets only renderer/platform touch the Electron bridge', async () => {
    expect(
      await refusedImports('renderer/features/meetings/probe.ts', 'export const b = window.tandem;'),
    ).toHaveLength(1);
    expect(await refusedImports('renderer/platform/probe.ts', 'export const b = window.tandem;')).toEqual([]);
  });
});
