import { useState } from 'react';
import { formatMonth, useT, type MessageKey } from '../i18n';
import { HOUSEHOLD_FACTS, type FactCounts } from '../../domain/dasawisma';
import type { PkkDesa, PkkOverview } from '../../server/reports/pkk';
import { currentMonth } from './api';
import { Page } from './ui/Page';
import { Toolbar } from './ui/Toolbar';
import { useCounty } from './ui/useCounty';
import { PkkTable } from './PkkTable';

/** The place of a fact's question in the county strings ('county.pkk.fact.<fact>'). */
const factKey = (f: string) => `county.pkk.fact.${f}` as MessageKey;

/** Household facts not asked yet across the kabupaten: the figures above leave those houses out. */
function MissingLine({ missing }: { missing?: FactCounts }) {
  const t = useT();
  if (!missing) return null;
  const facts = HOUSEHOLD_FACTS.filter((f) => missing[f] > 0);
  if (!facts.length) return <p data-testid="pkk-missing">{t('county.pkk.allAsked')}</p>;
  return (
    <p data-testid="pkk-missing">
      {t('county.pkk.missing')} {facts.map((f) => t('county.pkk.missingFact', { fact: t(factKey(f)), n: missing[f] })).join(' · ')}
    </p>
  );
}

/**
 * PKK of the kabupaten for a month: per kecamatan and desa, how many dasawisma groups reported,
 * which have no coordinator, and the 4.16 figures rolled up from the groups (a group that has not
 * reported counts with its records as they are; the server says which in the group CSV). The same
 * tables print as one landscape sheet.
 */
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
  const total = (d: PkkDesa): PkkDesa & { label: string } => ({ ...d, label: t('county.total') });
  return (
    <>
      <p className="kab-chips">
        <span data-testid="pkk-reported">{t('county.pkk.reportedOf', { reported: data.total.reported, groups: data.total.groups })}</span>
        <span>{t('county.pkk.withoutCoordinator', { n: data.total.withoutCoordinator })}</span>
      </p>
      <h2>{t('county.kecamatan')}</h2>
      <PkkTable
        testId="pkk-kecamatan"
        first={t('county.kecamatan')}
        rows={[...data.kecamatan.map((k) => ({ ...k, label: t('county.pkk.kecamatanOf', { code: k.code }) })), total(data.total)]}
      />
      <h2>{t('county.desa')}</h2>
      <PkkTable testId="pkk-desa" first={t('county.desa')} rows={[...data.desa.map((d) => ({ ...d, label: d.name || d.code })), total(data.total)]} />
      <MissingLine missing={data.total.missing} />
      <p className="kab-muted">{t('county.pkk.liveNote')}</p>
    </>
  );
}
