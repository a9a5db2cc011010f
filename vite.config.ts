import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import legacy from '@vitejs/plugin-legacy';
import { VitePWA } from 'vite-plugin-pwa';
import { readFileSync } from 'node:fs';
import { ionicSplit } from './scripts/vite-ionic-split.ts';
import { firstScreenGroup } from './scripts/first-screen-chunk.ts';
import { routePreload } from './scripts/route-preload.ts';
import { compileHints } from './scripts/compile-hints.ts';

// The page each tab opens with, and its module's Indonesian strings (src/app/*/routes.ts,
// lazyPage): index.html starts loading them with the entry when the app opens at that address
// (scripts/route-preload.ts). The Posyandu home page, where the app opens, is in the first screen's
// chunk itself (below).
// The first screen's chunk: built by firstScreenGroup, compile-hinted by compileHints.
const FIRST_SCREEN_CHUNK = 'shell';
const posyanduHome = ['src/app/posyandu/PosyanduHome.tsx', 'src/app/i18n/strings/posyandu.id.ts'];
const TAB_HOMES = {
  '/': posyanduHome,
  '/posyandu': posyanduHome,
  '/warga': ['src/app/rt/RtHome.tsx', 'src/app/i18n/strings/rt.ts'],
  '/dasawisma': ['src/app/dasawisma/DasawismaHome.tsx', 'src/app/i18n/strings/dasawisma.id.ts'],
  '/desa': ['src/app/lkd/DesaHome.tsx', 'src/app/i18n/strings/lkd.id.ts'],
  '/sinkron': ['src/app/sync/SyncHome.tsx'],
  '/pengaturan': ['src/app/settings/SettingsHome.tsx'],
  '/kabupaten': ['src/app/county/CountyHome.tsx', 'src/app/i18n/strings/county.ts'],
};

// Shown in Settings → Tentang. KADER_APP_VERSION overrides it (the update e2e test builds twice
// with different versions to see the update prompt).
const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };
const APP_VERSION = process.env.KADER_APP_VERSION ?? pkg.version;

export default defineConfig({
  define: {
    __APP_VERSION__: JSON.stringify(APP_VERSION),
    // Only the update e2e test's second build sets it (src/data/db.ts, tests/e2e/shell.e2e.test.ts):
    // a literal false everywhere else, so the code it guards is not in the bundle.
    __E2E_NEXT_SCHEMA__: JSON.stringify(process.env.KADER_E2E_NEXT_SCHEMA === '1'),
  },
  plugins: [
    ionicSplit(),
    routePreload(TAB_HOMES),
    react(),
    // Classic scripts (SystemJS) instead of ES modules: Chromium keeps a V8 code cache for classic
    // scripts from the service worker's cache, but compiled every module script again on each start
    // (measured, docs/cold-start.md). The targets are those of build.target (es2020): no syntax is
    // lowered, and no polyfills but SystemJS itself (3 KB gz).
    legacy({ targets: ['chrome >= 87', 'edge >= 88', 'firefox >= 78', 'safari >= 14'], renderModernChunks: false, polyfills: [] }),
    compileHints([FIRST_SCREEN_CHUNK]),
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src',
      filename: 'sw.ts',
      registerType: 'prompt',
      injectRegister: false,
      // The glob below already precaches public/icons; listing them twice only duplicates entries.
      includeManifestIcons: false,
      manifest: {
        name: 'Kader Desa',
        short_name: 'Kader Desa',
        description: 'Catatan Posyandu, buku RT dan dasawisma untuk kader desa — tetap jalan tanpa sinyal.',
        lang: 'id',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        orientation: 'portrait',
        theme_color: '#1b7f4b',
        background_color: '#ffffff',
        id: '/',
        categories: ['health', 'productivity'],
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,png,svg,woff2,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2020',
    rollupOptions: {
      output: {
        // The toast and alert components are shown only after a user action (shell/overlays.ts). In
        // their own chunks, or the bundler puts code the first screen shares with them into their
        // chunk and the first screen loads (and runs) the whole toast component with it.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [
            { name: 'ion-toast', test: /node_modules[\\/]@ionic[\\/]core[\\/]components[\\/]ion-toast\.js$/ },
            { name: 'ion-alert', test: /node_modules[\\/]@ionic[\\/]core[\\/]components[\\/]ion-alert\.js$/ },
            // One chunk for the first screen's code instead of ~20 (scripts/first-screen-chunk.ts):
            // the components App.tsx renders, and those @ionic/react keeps whatever is used
            // (its routing wrappers and ion-nav/ion-tab), with the Posyandu home page the app
            // opens at ('/' and the home-screen icon).
            firstScreenGroup(
              FIRST_SCREEN_CHUNK,
              [
                ...['ion-app', 'ion-router-outlet', 'ion-tabs', 'ion-tab-bar', 'ion-tab-button', 'ion-spinner'],
                ...['ion-back-button', 'ion-button', 'ion-card', 'ion-item', 'ion-nav', 'ion-tab'],
              ],
              posyanduHome,
            ),
          ],
        },
      },
      // Ionic does not declare itself side-effect free; without this every Ionic component ends up
      // in the first-screen bundle (measured: 362 KB gz vs 204 KB gz).
      treeshake: {
        moduleSideEffects: (id: string) =>
          !/node_modules[\\/](@ionic[\\/](core|react|react-router)|ionicons)[\\/].*\.js$/.test(id),
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
  preview: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
