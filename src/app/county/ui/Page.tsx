import type { ReactNode } from 'react';
import { IonSpinner } from '@ionic/react';
import { useT } from '../../i18n';
import { ModulePage } from '../../shell/ModulePage';
import type { CountyError } from '../api';
import '../county.css';

/** A county page: the shared frame, the problem in words when the server cannot be reached. */
export function Page({ title, back = '/kabupaten', error, loading, children }: {
  title: string; back?: string | null; error?: CountyError | null; loading?: boolean; children?: ReactNode;
}) {
  const t = useT();
  return (
    <ModulePage title={title} back={back} className="kab-page">
      <h1 className="kab-print-title">{title}</h1>
      {error && (
        <p className="kab-error" role="alert" data-testid="county-error">
          {error.kind === 'offline' ? t('county.offline') : error.kind === 'notCounty' ? t('county.notCounty') : t('county.serverError', { reason: error.reason ?? String(error.status ?? '') })}
        </p>
      )}
      {loading && <IonSpinner name="dots" />}
      {children}
    </ModulePage>
  );
}
