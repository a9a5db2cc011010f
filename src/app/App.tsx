import { Suspense, type ComponentType } from 'react';
import { Navigate, Route } from 'react-router-dom';
import { RoleLanding } from './shell/RoleLanding';
import { IonApp, IonIcon, IonLabel, IonRouterOutlet, IonSpinner, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { COUNTY_MODULE, MODULES, tabShown } from './shell/modules';
import { useT, type MessageKey } from './i18n';
import { ErrorBoundary } from './shell/ErrorBoundary';
import { UpdateBanner } from './shell/UpdateBanner';
import { StorageBanner } from './shell/StorageBanner';
import { useDeviceRole } from './shell/useDeviceRole';
import { TabBadge } from './shell/TabBadge';
import { LockGate } from './shell/LockGate';

function Lazy({ C }: { C: ComponentType }) {
  const t = useT();
  return (
    <ErrorBoundary>
      <Suspense fallback={<IonSpinner aria-label={t('common.loading')} />}>
        <C />
      </Suspense>
    </ErrorBoundary>
  );
}

export default function App() {
  const t = useT();
  const role = useDeviceRole();
  // The county tab shows only on a device enrolled for county staff, but its routes always exist:
  // the role is read from IndexedDB after the first render, and a deep link or reload on a county
  // page must not land on an empty outlet meanwhile (the county API itself refuses other roles).
  const routed = [...MODULES, COUNTY_MODULE];
  const tabs = role === 'county' ? [...MODULES.slice(0, -1), COUNTY_MODULE, MODULES[MODULES.length - 1]] : MODULES;
  return (
    <ErrorBoundary>
      <IonApp>
        <IonReactRouter>
          <RoleLanding role={role} />
          <IonTabs>
            <IonRouterOutlet>
              {routed.flatMap((m) =>
                m.routes.map((r) => <Route key={r.path} path={r.path} element={<Lazy C={r.component} />} />),
              )}
              <Route path="/" element={<Navigate to="/posyandu" replace />} />
            </IonRouterOutlet>
            <IonTabBar slot="bottom">
              {tabs
                .filter((m) => m.tab && tabShown(m.tab.path, role))
                .map((m) => (
                  <IonTabButton key={m.tab!.path} tab={m.tab!.path.slice(1)} href={m.tab!.path}>
                    <IonIcon aria-hidden="true" icon={m.tab!.icon} />
                    <IonLabel>{t(m.tab!.labelKey as MessageKey)}</IonLabel>
                    <TabBadge tabPath={m.tab!.path} />
                  </IonTabButton>
                ))}
            </IonTabBar>
          </IonTabs>
        </IonReactRouter>
        <div className="kd-banners">
          <StorageBanner />
          <UpdateBanner />
        </div>
        <LockGate />
      </IonApp>
    </ErrorBoundary>
  );
}
