import { useNavigate } from 'react-router-dom';
import { useT } from '../../i18n';
import { usePosyandu } from '../store';

/** Several Posyandu on this phone (a kader helping a neighbour Posyandu): choose which to open. */
export function UnitPicker({ compact = false }: { compact?: boolean }) {
  const t = useT();
  const navigate = useNavigate();
  const { units, unit, pick } = usePosyandu();
  return (
    <div className="pd-card">
      <h3>{t(compact ? 'posyandu.home.switch' : 'posyandu.pick.title')}</h3>
      <ul className="pd-list">
        {units.map((u) => (
          <li key={u.id}>
            <button type="button" aria-current={u.id === unit?.id} onClick={() => void pick(u.id)}>
              <span>{u.data.name}</span>
              <span className="pd-muted">{u.data.desaName}</span>
            </button>
          </li>
        ))}
        <li>
          <button type="button" onClick={() => navigate('/posyandu/setup')}>{t('posyandu.pick.new')}</button>
        </li>
      </ul>
    </div>
  );
}
