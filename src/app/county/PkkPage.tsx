import { useState } from 'react';
import { formatMonth, useT } from '../i18n';
import type { PkkOverview } from '../../server/reports/pkk';
import { currentMonth } from './api';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';

export default function PkkPage() {
  const t = useT();
  const [month, setMonth] = useState(currentMonth());
  const { data, error, loading } = useCounty<PkkOverview>(`reports/pkk?month=${month}`);
  const tables = data && <PkkTables data={data} />;
  return (
    <Page title={t('county.menu.pkk')} error={error} loading={loading} sheet={{ name: 'county-pkk', lines: [t('county.sheet.month', { month: formatMonth(month) })], body: tables }}>
      <Toolbar
        month={month}
        onMonth={setMonth}
        csv={[
          { label: t('county.desa'), path: `reports/pkk?month=${month}&format=csv&table=desa` },
          { label: t('county.pkk.groups'), path: `reports/pkk?month=${month}&format=csv&table=kelompok` },
        ]}
      />
      {tables}
    </Page>
  );
}

function PkkTables({ data }: { data: PkkOverview }) {
  const t = useT();
  return (
        <div className="kab-wrap">
          <table className="kab-table" data-testid="pkk-desa">
            <thead>
              <tr><th>{t('county.desa')}</th><th>{t('county.pkk.reported')}</th><th>{t('county.pkk.noCoordinator')}</th></tr>
            </thead>
            <tbody>
              {[...data.desa, { ...data.total, code: t('county.total'), name: '' }].map((d, i) => (
                <tr key={d.code} className={i === data.desa.length ? 'kab-total' : ''}>
                  <td>{d.code} {d.name}</td>
                  <td>{d.reported} / {d.groups}</td>
                  <td className={d.withoutCoordinator ? 'kab-flag' : ''}>{d.withoutCoordinator}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
  );
}
