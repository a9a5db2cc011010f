import { useNavigate, useParams } from 'react-router-dom';
import { useT } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { childById, usePosyandu } from '../store';
import { ChildForm } from './ChildForm';
import { localToday } from '../../../data/posyandu';
import { useRecorder } from '../day/useRecorder';

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
  const { reg, unit } = usePosyandu();
  const child = childById(reg, id);
  // The history names today's recorder when one was chosen on the day page.
  const { recorder } = useRecorder(unit?.id ?? '', localToday());
  if (id && !child) return <p>{t('posyandu.child.notFound')}</p>;
  return <ChildForm child={child} byName={recorder?.name} onSaved={(c) => navigate(`/posyandu/anak/${c.id}`, { replace: true })} />;
}
