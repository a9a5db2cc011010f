import type { ReactNode } from 'react';
import { IonSpinner } from '@ionic/react';
import { useT } from '../../i18n';
import { ModulePage } from '../../shell/ModulePage';
import { PrintSheet } from '../../print/PrintSheet';
import type { CountyError } from '../api';
import '../county.css';

/**
 * A county page: the shared frame, the problem in words when the server cannot be reached. With
 * `sheet`, the page's tables also print as one landscape sheet (PrintSheet) under the title and
 * the `lines` (period, kabupaten); the toolbar and links stay off the paper.
 */
export function Page({ title, back = '/kabupaten', error, loading, sheet, children }: {
  title: string; back?: string | null; error?: CountyError | null; loading?: boolean; children?: ReactNode;
  sheet?: { name: string; lines: string[]; body: ReactNode };
}) {
  const t = useT();
  return (
    <ModulePage title={title} back={back} className="kab-page">
      {error && (
        <p className="kab-error" role="alert" data-testid="county-error">
          {error.kind === 'offline' ? t('county.offline') : error.kind === 'notCounty' ? t('county.notCounty') : t('county.serverError', { reason: error.reason ?? String(error.status ?? '') })}
        </p>
      )}
      {loading && <IonSpinner name="dots" />}
      {children}
      {sheet && !error && !loading && (
        <PrintSheet name={sheet.name} title={title} lines={sheet.lines} landscape className="kab-sheet">{sheet.body}</PrintSheet>
      )}
    </ModulePage>
  );
}
