import type { ReactNode } from 'react';
import { IonSpinner } from '@ionic/react';
import { useT } from '../../i18n';
import { describeSaveError } from '../../shell/save-errors';
import { ModulePage } from '../../shell/ModulePage';
import { useLoaded } from '../useLoaded';
import '../posyandu.css';

/** A Posyandu page: the shared frame plus the register's loading and error states. */
export function PageShell({ title, back = '/posyandu', children, end }: { title: string; back?: string | null; children: ReactNode; end?: ReactNode }) {
  const t = useT();
  const { status, error } = useLoaded();
  return (
    <ModulePage title={title} back={back} end={end} className="pd-content">
      {status === 'error' ? (
        <p className="pd-error" role="alert">{t('posyandu.loadError', { detail: describeSaveError(error).message })}</p>
      ) : status !== 'ready' ? (
        <IonSpinner aria-label={t('common.loading')} />
      ) : (
        children
      )}
    </ModulePage>
  );
}
