import { useNavigate } from 'react-router-dom';
import { useT, type MessageKey } from '../../i18n';
import { PageShell } from '../ui/PageShell';
import { REGISTER_KINDS } from './fields';

export default function RegistersPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <PageShell title={t('posyandu.reg.title')}>
      <ul className="pd-list">
        <li><button type="button" onClick={() => navigate('/posyandu/balita')}>{t('posyandu.home.balita')}</button></li>
        <li><button type="button" data-go="sip" onClick={() => navigate('/posyandu/sip')}>{t('sip.open')}</button></li>
        <li><button type="button" data-go="eppgbm-export" onClick={() => navigate('/posyandu/eppgbm/ekspor')}>{t('interop.eppgbm.exportOpen')}</button></li>
        <li><button type="button" data-go="eppgbm-import" onClick={() => navigate('/posyandu/eppgbm/impor')}>{t('interop.eppgbm.importOpen')}</button></li>
        {REGISTER_KINDS.map((k) => (
          <li key={k}><button type="button" onClick={() => navigate(`/posyandu/register/${k}`)}>{t(`posyandu.reg.${k}` as MessageKey)}</button></li>
        ))}
      </ul>
    </PageShell>
  );
}
