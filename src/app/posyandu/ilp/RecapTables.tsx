import { SheetTable } from '../../print/SheetTable';
import { useT } from '../../i18n';
import { bandColumns, classColumns, stageTitle, totalRow, type AnyStageRecap } from './recap-columns';

/** One stage of the recap: people by age band and sex (total in the footer), then the classes. */
export function StageTables({ s, heading: Heading = 'h3' }: { s: AnyStageRecap; heading?: 'h2' | 'h3' }) {
  const t = useT();
  return (
    <section data-recap-stage={s.stage}>
      <Heading>{stageTitle(t, s)}</Heading>
      <SheetTable label={`${s.stage}-bands`} columns={bandColumns(t, s)} rows={s.byBand} foot={[totalRow(s)]} rowKey={(r, i) => `${r.code}-${i}`} />
      <SheetTable label={`${s.stage}-classes`} columns={classColumns(t, s)} rows={s.classes} rowKey={(r) => r.code} />
    </section>
  );
}
