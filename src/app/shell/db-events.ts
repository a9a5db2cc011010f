import type { KaderDb } from '../../data/db';
import { clearStorageProblem, reportStorageProblem } from './storage-notice';

/**
 * Keeps two tabs of different versions from locking each other out of the database:
 * - another tab (a newer version) wants to upgrade: we close our connection so it can, and tell
 *   the user to reload here ('storage.versionTooNew');
 * - our upgrade is blocked by an older tab still open: tell the user to close it
 *   ('storage.blocked'); the open resumes by itself when that tab closes.
 * Nothing is deleted in either case.
 */
export function watchDatabase(db: KaderDb): void {
  db.on('versionchange', () => {
    db.close({ disableAutoOpen: false });
    reportStorageProblem('versionTooNew');
  });
  db.on('blocked', () => reportStorageProblem('blocked'));
  db.on('ready', () => {
    clearStorageProblem();
  });
}
