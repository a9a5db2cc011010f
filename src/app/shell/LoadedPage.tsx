import type { ReactNode } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { IonSpinner } from '@ionic/react';
import { useT, type MessageKey } from '../i18n';
import { describeSaveError } from './save-errors';
import { ModulePage } from './ModulePage';
import { useStoreLoad } from './useLoad';

/**
 * A page of a module whose data lives in one shared store (Posyandu, RT): the shared frame plus
 * the store's loading and error states, so every page of the module shows them the same way.
 */
export function LoadedPage<S extends { load(): Promise<unknown>; status: string; error?: unknown }>({ store, errorKey, className, title, back, end, children }: {
  store: UseBoundStore<StoreApi<S>>;
  /** Message with a `{detail}` for a failed load. */
  errorKey: MessageKey;
  className: string;
  title: string;
  back: string | null;
  end?: ReactNode;
  children: ReactNode;
}) {
  const t = useT();
  const { status, error } = useStoreLoad(store);
  return (
    <ModulePage title={title} back={back} end={end} className={className}>
      {status === 'error' ? (
        <p className="kd-load-error" role="alert">{t(errorKey, { detail: describeSaveError(error).message })}</p>
      ) : status !== 'ready' ? (
        <IonSpinner aria-label={t('common.loading')} />
      ) : (
        children
      )}
    </ModulePage>
  );
}
