import { Suspense, type ComponentType } from 'react';
import { Navigate, Route } from 'react-router-dom';
import { IonApp, IonIcon, IonLabel, IonRouterOutlet, IonSpinner, IonTabBar, IonTabButton, IonTabs } from '@ionic/react';
import { IonReactRouter } from '@ionic/react-router';
import { MODULES } from './shell/modules';
import { useT, type MessageKey } from './i18n';

function Lazy({ C }: { C: ComponentType }) {
  const t = useT();
  return (
    <Suspense fallback={<IonSpinner aria-label={t('common.loading')} />}>
      <C />
    </Suspense>
  );
}

export default function App() {
  const t = useT();
  const modules = MODULES;
  return (
    <IonApp>
      <IonReactRouter>
        <IonTabs>
          <IonRouterOutlet>
            {modules.flatMap((m) =>
              m.routes.map((r) => <Route key={r.path} path={r.path} element={<Lazy C={r.component} />} />),
            )}
            <Route path="/" element={<Navigate to="/posyandu" replace />} />
          </IonRouterOutlet>
          <IonTabBar slot="bottom">
            {modules
              .filter((m) => m.tab)
              .map((m) => (
                <IonTabButton key={m.tab!.path} tab={m.tab!.path.slice(1)} href={m.tab!.path}>
                  <IonIcon aria-hidden="true" icon={m.tab!.icon} />
                  <IonLabel>{t(m.tab!.labelKey as MessageKey)}</IonLabel>
                </IonTabButton>
              ))}
          </IonTabBar>
        </IonTabs>
      </IonReactRouter>
    </IonApp>
  );
}
