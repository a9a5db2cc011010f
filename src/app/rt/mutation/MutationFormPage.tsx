import { useLocation, useParams } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { BirthForm } from './BirthForm';
import { DeathForm } from './DeathForm';
import { DepartureForm } from './DepartureForm';
import { ArrivalForm } from './ArrivalForm';

/**
 * '/warga/mutasi/baru/:type' — one form per kind of B2 entry; '?kk=' preselects a household,
 * '?orang=' a person (a departure), '?kk=…&semua=1' a whole household leaving.
 */
export default function MutationFormPage() {
  const t = useT();
  const { type = 'lahir' } = useParams();
  const q = new URLSearchParams(useLocation().search);
  const kk = q.get('kk') ?? '';
  const form = type === 'lahir' ? <BirthForm householdId={kk} />
    : type === 'mati' ? <DeathForm />
    : type === 'pindah' ? <DepartureForm personId={q.get('orang') ?? ''} householdId={kk} whole={q.get('semua') === '1'} />
    : type === 'datang' ? <ArrivalForm /> : <p>{t('rt.notFound')}</p>;
  return <PageShell title={t(`rt.m.title.${type}` as MessageKey)}>{form}</PageShell>;
}
