import { useCallback, useRef } from 'react';
import type { AlertOptions, ToastOptions } from '@ionic/core/components';

// Toasts and confirmation alerts, loaded when first shown. Ionic's useIonToast/useIonAlert hooks
// live in @ionic/react's single module, so using them anywhere put ion-toast, ion-alert and the
// overlay framework (~80 KB of JS) into the first-screen bundle that every cold start evaluates.
// These show the same Ionic elements through Ionic's own controllers, from a chunk of their own.

interface Overlay {
  present(): Promise<void>;
  dismiss(): Promise<boolean>;
}

// `const { x } = await import(...)` is the shape the bundler tree-shakes: only the one controller is
// kept from @ionic/core's index (a namespace import keeps all of it, page transitions included).
async function loadToast() {
  const { toastController } = await import('@ionic/core/components');
  const { defineCustomElement } = await import('@ionic/core/components/ion-toast.js');
  defineCustomElement();
  return (o: ToastOptions) => toastController.create(o) as Promise<Overlay>;
}

async function loadAlert() {
  const { alertController } = await import('@ionic/core/components');
  const { defineCustomElement } = await import('@ionic/core/components/ion-alert.js');
  defineCustomElement();
  return (o: AlertOptions) => alertController.create(o) as Promise<Overlay>;
}

/**
 * One overlay at a time per hook: a new one replaces the one still showing. Not dismissed when the
 * page unmounts, so "Tersimpan" stays up while the app navigates on after a save.
 */
function useOverlay<O>(load: () => Promise<(o: O) => Promise<Overlay>>): [(o: O) => Promise<void>] {
  const current = useRef<Overlay | null>(null);
  const present = useCallback(
    async (o: O) => {
      if (current.current) await current.current.dismiss().catch(() => false);
      const overlay = await (await load())(o);
      current.current = overlay;
      await overlay.present();
    },
    [load],
  );
  return [present];
}

export const useToast = (): [(o: ToastOptions) => Promise<void>] => useOverlay(loadToast);
export const useAlert = (): [(o: AlertOptions) => Promise<void>] => useOverlay(loadAlert);
