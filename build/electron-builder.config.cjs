// @ts-check
/**
 * electron-builder configuration of Tandem.
 *
 * The app has no runtime node_modules: Vite bundles the renderer (React, Dexie, zustand) into
 * dist/ and the main process (zod) into dist-electron/. So app.asar holds exactly the renderer
 * build, the main bundle, the preload and package.json; `npm run test:packaging-offline` checks
 * that. Source maps stay out of the package.
 *
 * The fuses switch off the ways a packaged Electron could be turned into a general-purpose Node
 * runtime or be made to load code from outside the signed asar.
 *
 * @type {import('electron-builder').Configuration}
 */
module.exports = {
  appId: 'app.tandem.desktop',
  productName: 'Tandem',
  copyright: 'Copyright © Tandem',
  directories: { output: 'release', buildResources: 'build' },
  files: ['dist/**', 'dist-electron/**', 'package.json', '!**/*.map', '!node_modules{,/**}'],
  // `includeSubNodeModules` no longer exists in electron-builder 26 (its schema rejects it).
  // node_modules stay out because package.json has no `dependencies` at all (everything is
  // bundled, so all packages are devDependencies) and the `!node_modules` pattern above.
  // Licences of what the app ships besides its own code: the DejaVu faces the PDF minutes are set in.
  extraResources: [{ from: 'build/licenses', to: 'licenses' }],
  asar: true,
  // Nothing native to rebuild, and no runtime dependencies to collect or compile.
  npmRebuild: false,
  nodeGypRebuild: false,
  buildDependenciesFromSource: false,
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 'tandem',
    icon: 'build/icon.png',
    category: 'Office',
    maintainer: 'Tandem <tandem@example.invalid>',
    synopsis: 'Joint strategy meetings between Marketing and Sales',
  },
  win: { target: ['nsis'], icon: 'build/icon.png' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true },
  mac: { target: ['dmg'], icon: 'build/icon.png', category: 'public.app-category.productivity' },
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
    loadBrowserProcessSpecificV8Snapshot: false,
  },
};
