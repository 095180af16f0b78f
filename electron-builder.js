// electron-builder: `npm run dist` builds installers for the machine it runs on (Linux: AppImage
// and deb; Windows: NSIS; macOS: dmg). It downloads Electron, so it needs the internet.
// better-sqlite3 ships built for Electron's ABI (electron/scripts/electron-native.mjs makes it)
// outside the asar, as resources/native/better_sqlite3.node, where the main process looks
// (electron/main/native-binding.ts). The fuses are flipped after packing (electron/scripts/fuses.mjs).
import fs from 'node:fs';
import { afterPack } from './electron/scripts/fuses.mjs';

const electronVersion = JSON.parse(fs.readFileSync(new URL('./node_modules/electron/package.json', import.meta.url), 'utf8')).version;

/** @type {import('electron-builder').Configuration} */
export default {
  appId: 'fi.s3planner.desktop',
  productName: 'S3 Planner',
  copyright: 'S3 Planner contributors',
  electronVersion,
  directories: { output: 'dist', buildResources: 'resources/icons' },
  // The built app (electron-vite's out/) and package.json; production dependencies are added
  // by electron-builder. better-sqlite3's own build is Node's (tests, browser host): left out,
  // with the C sources; the Electron build comes in through extraResources.
  files: ['out/**', 'package.json', '!out/**/*.map', '!node_modules/better-sqlite3/{build,deps,src}/**'],
  asar: true,
  // No native module is ever loaded from inside the asar.
  asarUnpack: ['**/*.node'],
  extraResources: [{ from: `.electron-native/${electronVersion}-\${platform}-\${arch}/better_sqlite3.node`, to: 'native/better_sqlite3.node' }],
  // An in-place rebuild would swap node_modules' Node build (tests, `npm run serve`) for Electron's.
  npmRebuild: false,
  afterPack,
  fileAssociations: [
    {
      ext: 's3plan',
      name: 'S3 Planner plan',
      description: 'S3 Planner plan',
      mimeType: 'application/x-s3plan',
      role: 'Editor',
      // s3plan.icns (macOS), s3plan.ico (Windows), from resources/icons. On Linux the deb
      // registers the MIME type (/usr/share/mime/packages) and the desktop entry's MimeType.
      icon: 's3plan',
      isPackage: false,
    },
  ],
  linux: {
    target: ['AppImage', 'deb'],
    executableName: 's3-planner',
    icon: 'resources/icons/linux',
    category: 'Office',
    synopsis: 'Smart specialisation strategy planner',
    description: 'Plan a region’s smart specialisation strategy: sectors, stakeholders, networks, actions and indicators.',
  },
  deb: { packageName: 's3-planner' },
  win: { target: ['nsis'], icon: 'resources/icons/icon.ico' },
  nsis: { oneClick: false, perMachine: false, allowToChangeInstallationDirectory: true, createDesktopShortcut: true },
  mac: { target: ['dmg'], icon: 'resources/icons/icon.icns', category: 'public.app-category.productivity', hardenedRuntime: true },
  dmg: { title: 'S3 Planner ${version}' },
};
