// @ts-check
/**
 * Lint rules, including the layer boundaries of STYLE.md: each folder may import only what its
 * layer allows (a zone table in the spirit of VS Code's `code-layering`). Zero warnings are allowed.
 */
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Import patterns to refuse. A bare package name matches that package and its subpaths exactly
 * (a regex, so `electron` does not also match `../electron/shared/…`); a `**` glob matches paths,
 * except those of `allowed` (globs too).
 * @param {string[]} names @param {string} why @param {string[]} [allowed]
 */
const banned = (names, why, allowed = []) =>
  names.map((name) =>
    name.startsWith('**')
      ? { group: [name, ...allowed.map((glob) => `!${glob}`)], message: why }
      : { regex: `^${name.replace('*', '.*')}(/.*)?$`, message: why },
  );

/**
 * The one home for language (renderer/i18n/language.ts): pure TypeScript that the domain (minutes,
 * exports) and the Electron side (menu, IPC contract) import for words, languages and locales.
 * The rest of renderer/i18n (React binding, screen formatting) stays out of those layers.
 */
const LANGUAGE_MODULE = ['**/i18n/language'];
/** The same from outside renderer/: a glob re-includes a file only if its folder is re-included too. */
const LANGUAGE_MODULE_FROM_ELECTRON = ['**/renderer/i18n', ...LANGUAGE_MODULE];

/**
 * The one file of electron/main that reads meeting files (electron/main/backup-file.ts) checks a
 * backup with the import's own code, so that main keeps nothing a restore would refuse: the reading
 * entry and the schemas of the exchange format (renderer/domain/exchange/format.ts, schemas.ts),
 * and the limits they read (renderer/domain/limits.ts).
 * They are pure TypeScript and zod (the renderer/domain zone guarantees it), bundled into main.js.
 * No other module of renderer/domain, and no other file of main, may import them.
 */
const EXCHANGE_READER = [
  '**/renderer/domain',
  '**/domain/exchange',
  '**/exchange/format',
  '**/exchange/schemas',
  '**/domain/limits',
];
const BACKUP_FILE = 'electron/main/backup-file.ts';

const NODE = ['node:*', 'fs', 'path', 'child_process', 'os', 'crypto', 'url'];
const UI_LIBS = ['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'zustand'];

/**
 * The zone table: for each folder, what it must not import. Rules of one folder are merged here,
 * because ESLint lets the last matching config win for a rule rather than combining them.
 */
const RENDERER = banned(
  ['electron', ...NODE, '**/electron/main/**', '**/electron/preload/**'],
  'The renderer runs in a sandboxed page: only the shared contract crosses from electron/.',
);
const NO_DEXIE = banned(['dexie', 'dexie-react-hooks'], 'Only renderer/data talks to Dexie.');
const NO_ZUSTAND = banned(['zustand'], 'Only renderer/state uses zustand.');

/**
 * Folders of the renderer that a lower layer must not reach, as regular expressions over the
 * import path (relative imports, so `../features/x` from renderer/ui and `../../features/x` from
 * renderer/data/queries both match).
 * @param {string[]} folders @param {string} why
 */
const above = (folders, why) => folders.map((folder) => ({ regex: `(^|/)${folder}(/|$)`, message: why }));

/** Composition goes up: only renderer/app puts features together (docs/architecture.md). */
const NO_APP = above(['app'], 'Only renderer/app composes; nothing imports it.');
const NO_FEATURES = above(['features'], 'Shared code lives below the features and never imports one.');
/**
 * A feature imports neither app/ nor another feature: from a file in renderer/features/<name>/,
 * a path that leaves the folder for a sibling (`../<other>/…`) or names `features/` reaches another
 * feature. What two features need moves down (ui/, domain/, data/); what puts them together moves
 * up (app/). There are no exceptions today; one would be a commented override for that one file.
 */
const NO_OTHER_FEATURE = [
  {
    regex: '^\\.\\./(?!\\.\\.(/|$))[^/]+/|(^|/)features/',
    message: 'A feature does not import another feature: move shared code down or compose in app/.',
  },
];
/** Everything the pure layers leave alone. */
const UI_AND_UP = above(['ui', 'navigation', 'shortcuts', 'features', 'app'], 'A lower layer imports no UI.');

/** @type {Record<string, Array<{group?: string[], regex?: string, message: string}>>} */
const zones = {
  'electron/shared': [
    ...banned(
      ['electron', ...NODE, ...UI_LIBS],
      'electron/shared is the contract: types and pure code only.',
    ),
    ...banned(
      ['**/main/**', '**/preload/**', '**/renderer/**'],
      'electron/shared depends on nothing else but the language module.',
      LANGUAGE_MODULE_FROM_ELECTRON,
    ),
  ],
  'electron/main': banned(
    [...UI_LIBS, '**/renderer/**', '**/preload/**'],
    'The Electron main process imports no renderer code but the language module.',
    LANGUAGE_MODULE_FROM_ELECTRON,
  ),
  [BACKUP_FILE]: banned(
    [...UI_LIBS, '**/renderer/**', '**/preload/**'],
    'backup-file.ts imports of the renderer only the language module, the exchange reader and its limits.',
    [...LANGUAGE_MODULE_FROM_ELECTRON, ...EXCHANGE_READER],
  ),
  'electron/preload': banned(
    [...UI_LIBS, ...NODE, '**/renderer/**', '**/main/**'],
    'The sandboxed preload may use only electron and the shared contract.',
  ),
  'electron/launcher': banned([...UI_LIBS, '**/renderer/**'], 'The launcher is a Node script.'),
  'renderer/pdf': [
    ...RENDERER,
    ...banned(
      [...UI_LIBS, '**/domain/**', '**/data/**', '**/state/**', '**/platform/**', '**/i18n/**'],
      'renderer/pdf is a typesetter that knows nothing of Tandem.',
    ),
    ...UI_AND_UP,
  ],
  'renderer/domain': [
    ...RENDERER,
    ...banned(
      [...UI_LIBS, '**/data/**', '**/state/**', '**/platform/**', '**/i18n/**'],
      'renderer/domain is pure TypeScript: of renderer/i18n it imports only the language module.',
      LANGUAGE_MODULE,
    ),
    ...UI_AND_UP,
  ],
  'renderer/data': [...RENDERER, ...NO_ZUSTAND, ...UI_AND_UP],
  'renderer/state': [...RENDERER, ...NO_DEXIE, ...UI_AND_UP],
  'renderer/platform': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...UI_AND_UP],
  'renderer/i18n': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...UI_AND_UP],
  'renderer/navigation': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...NO_FEATURES, ...NO_APP],
  'renderer/shortcuts': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...NO_FEATURES, ...NO_APP],
  'renderer/ui': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...NO_FEATURES, ...NO_APP],
  'renderer/features': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND, ...NO_APP, ...NO_OTHER_FEATURE],
  'renderer/app': [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND],
  renderer: [...RENDERER, ...NO_DEXIE, ...NO_ZUSTAND],
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-electron',
      'release',
      'node_modules',
      'test-results',
      'playwright-report',
      'bench/out',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'tests/ui/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    files: ['renderer/**'],
    ignores: ['renderer/platform/**'],
    rules: {
      'no-restricted-properties': [
        'error',
        {
          object: 'window',
          property: 'tandem',
          message: 'Only renderer/platform touches the Electron bridge.',
        },
      ],
    },
  },
  {
    files: ['electron/launcher/**', 'tests/**', '*.config.*', 'bench/**'],
    rules: { 'no-console': 'off' },
  },
  ...Object.entries(zones).map(([folder, patterns]) => ({
    files:
      folder === 'renderer' ? ['renderer/*.{ts,tsx}'] : folder.endsWith('.ts') ? [folder] : [`${folder}/**`],
    rules: {
      'no-restricted-imports': /** @type {['error', { patterns: typeof patterns }]} */ ([
        'error',
        { patterns },
      ]),
    },
  })),
);
