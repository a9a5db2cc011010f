// Makes sure the programs the tests need are on the machine: Debian's Chromium for the browser
// tests, poppler-utils (pdftotext, pdfinfo, pdftoppm) to read back the PDFs the print tests make,
// and PostgreSQL for the second storage backend. Installs them with apt-get when we are
// root (CI, a fresh dev box); otherwise says what is missing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
let aptUpdated = false;

function apt(pkgs) {
  if (!isRoot) return false;
  if (!aptUpdated) {
    execSync('apt-get update -qq', { stdio: 'inherit' });
    aptUpdated = true;
  }
  execSync(`DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkgs.join(' ')}`, { stdio: 'inherit' });
  return true;
}

export function pgBinDir() {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root).filter((v) => existsSync(`${root}/${v}/bin/initdb`)).sort((a, b) => Number(b) - Number(a));
  return versions.length ? `${root}/${versions[0]}/bin` : null;
}

export function ensureChromium() {
  if (existsSync('/usr/bin/chromium')) return true;
  console.log('[deps] installing chromium (Debian package)…');
  return apt(['chromium']) && existsSync('/usr/bin/chromium');
}

export function ensurePoppler() {
  if (existsSync('/usr/bin/pdftotext') && existsSync('/usr/bin/pdfinfo')) return true;
  console.log('[deps] installing poppler-utils (Debian package, for the print tests)…');
  return apt(['poppler-utils']) && existsSync('/usr/bin/pdftotext');
}

export function ensurePostgres() {
  if (pgBinDir()) return true;
  console.log('[deps] installing postgresql (Debian package)…');
  return apt(['postgresql']) && pgBinDir() !== null;
}
