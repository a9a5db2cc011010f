import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupIonicReact } from '@ionic/react';
import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './app/theme.css';
import App from './app/App';
import { onDbCreated, requestPersistence } from './data/storage';
import { registerServiceWorker } from './app/shell/update';
import { watchDatabase } from './app/shell/db-events';
import { useLang } from './app/i18n';
import { preloadModuleLater, preloadRoute } from './app/shell/preloadRoute';

setupIonicReact({ mode: 'md' });
document.documentElement.lang = useLang.getState().lang;

onDbCreated(watchDatabase);
// Ask once at start so the browser does not evict a kader's records under storage pressure;
// Settings shows whether it was granted and can ask again.
void requestPersistence().catch(() => false);
// The first page's code is fetched while the entry runs, and the first render waits for it (at most
// 1 s): a page that suspends the first render shows a spinner frame, and React then holds the page
// back for its 300 ms fallback throttle. (Measured: no spinner frame any more; the cold-start bench
// gained only ~0.1 s from it, as the render work itself is most of the time.)
const firstPage = preloadRoute(location.pathname);
// The sync engine is loaded after the first screen (idle, 1–4 s after the first render): it is not
// in the entry chunk and must not compete with the first render on a slow phone. (An idle callback
// set before the render could fire while the first page's code is still being read.) The service
// worker is registered then too (update.ts); the database object is built on first use.
const startSyncLater = () =>
  void import('./app/sync').then((m) => m.startSync()).catch((err) => console.warn('sync did not start', err));
const render = () => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
  setTimeout(() => {
    registerServiceWorker();
    if (typeof requestIdleCallback === 'function') requestIdleCallback(startSyncLater, { timeout: 3000 });
    else startSyncLater();
    preloadModuleLater(location.pathname);
  }, 1000);
};
void Promise.race([firstPage, new Promise((r) => setTimeout(r, 1000))]).then(render, render);
