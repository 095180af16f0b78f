// Finds Debian's Chromium for the end-to-end tests, installing it where this machine allows.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function findChromium() {
  return candidates.find((p) => p && fs.existsSync(p)) ?? null;
}

const isDebianLike = () => {
  try {
    return /ID(_LIKE)?=.*(debian|ubuntu)/.test(fs.readFileSync('/etc/os-release', 'utf8'));
  } catch {
    return false;
  }
};

/** Installs Debian's chromium as root on Debian or Ubuntu; otherwise says what to install. */
export function ensureChromium() {
  const root = process.getuid?.() === 0;
  if (!root || !isDebianLike()) {
    console.error(
      '\nThe end-to-end tests need Chromium and none was found.\n' +
        'Install it (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`;\n' +
        'macOS: install Chromium or Chrome) or set CHROMIUM_PATH to its executable, then run `npm test` again.\n',
    );
    return null;
  }
  console.log('Installing Debian chromium for the end-to-end tests…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const r = spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium', 'fonts-dejavu-core'], { stdio: 'inherit', env });
  if (r.status !== 0) return null;
  try {
    execFileSync('/usr/bin/chromium', ['--version'], { stdio: 'inherit' });
  } catch {
    return null;
  }
  return findChromium();
}
