// The Sinkron tab: the sync status store (also read by the shell's tab badge), the app-wide
// sync service (startSync once at app start, syncNow for the button) and the screen.
export { useSyncStatus, type SyncStatus } from './status-store';
export { startSync, syncNow, enrollDevice, notifyLocalChange, syncEngine } from './service';
export { errorWords, reasonWords, roleWords } from './words';
