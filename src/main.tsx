import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { setupIonicReact } from '@ionic/react';
import '@ionic/react/css/core.css';
import '@ionic/react/css/normalize.css';
import '@ionic/react/css/structure.css';
import '@ionic/react/css/typography.css';
import './app/theme.css';
import App from './app/App';
import { getDb, requestPersistence } from './data/storage';
import { registerServiceWorker } from './app/shell/update';
import { watchDatabase } from './app/shell/db-events';
import { useLang } from './app/i18n';
import { preloadRoute } from './app/shell/preloadRoute';

setupIonicReact({ mode: 'md' });
document.documentElement.lang = useLang.getState().lang;

watchDatabase(getDb());
registerServiceWorker();
// Ask once at start so the browser does not evict a kader's records under storage pressure;
// Settings shows whether it was granted and can ask again.
void requestPersistence().catch(() => false);
// The sync engine is loaded once the first screen is up (idle, at most 3 s later): it is not in
// the entry chunk and does not compete with the first render on a slow phone.
const startSyncLater = () =>
  void import('./app/sync').then((m) => m.startSync()).catch((err) => console.warn('sync did not start', err));
if (typeof requestIdleCallback === 'function') requestIdleCallback(startSyncLater, { timeout: 3000 });
else setTimeout(startSyncLater, 1000);

// The first page's code is fetched while the entry runs, and the first render waits for it (at most
// 1 s): a page that suspends the first render shows a spinner and React then holds the page back
// for its 300 ms fallback throttle, which is most of what a cold start on a slow phone waits for.
const firstPage = preloadRoute(location.pathname);
const render = () =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
void Promise.race([firstPage, new Promise((r) => setTimeout(r, 1000))]).then(render, render);
