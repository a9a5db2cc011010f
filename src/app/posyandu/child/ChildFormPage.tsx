import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { childById, usePosyandu } from '../store';
import { ChildForm } from './ChildForm';

export default function ChildFormPage() {
  const t = useT();
  const { id } = useParams();
  return (
    <PageShell title={t(id ? 'posyandu.child.edit' : 'posyandu.child.new')} back={id ? `/posyandu/anak/${id}` : '/posyandu/balita'}>
      <Body id={id} />
    </PageShell>
  );
}

function Body({ id }: { id?: string }) {
  const t = useT();
  const navigate = useNavigate();
  const child = childById(usePosyandu().reg, id);
  if (id && !child) return <p>{t('posyandu.child.notFound')}</p>;
  return <ChildForm child={child} onSaved={(c) => navigate(`/posyandu/anak/${c.id}`, { replace: true })} />;
}
