// Electron's fuses for an installed build, flipped in electron-builder's afterPack hook (before
// signing): the binary cannot be used as a plain Node (ELECTRON_RUN_AS_NODE, NODE_OPTIONS,
// --inspect), and it loads the app only from its own app.asar, checked against the hash
// recorded at build time.
import path from 'node:path';
import fuses from '@electron/fuses';

const { flipFuses, FuseV1Options, FuseVersion } = fuses;

export const fuseConfig = {
  version: FuseVersion.V1,
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served on app://, so file:// needs none of its old extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

/** The packed Electron binary that carries the fuse wire, per platform. */
export function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  const name = packager.appInfo.productFilename;
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') return path.join(appOutDir, `${name}.app`);
  if (electronPlatformName === 'win32') return path.join(appOutDir, `${name}.exe`);
  return path.join(appOutDir, packager.executableName);
}

/** electron-builder's afterPack hook. Arch 3 is arm64 (builder-util's Arch enum). */
export async function afterPack(context) {
  await flipFuses(electronBinary(context), {
    ...fuseConfig,
    // Apple silicon refuses a binary whose ad-hoc signature no longer matches: sign it again.
    resetAdHocDarwinSignature: context.electronPlatformName === 'darwin' && context.arch === 3,
  });
}
