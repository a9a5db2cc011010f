import { useCallback, useEffect, useState } from 'react';
import { getDb } from '../../../data';
// By path: the ILP data stays off the first screen's chunk (the posyandu data barrel is on it).
import { loadIlp, withIlpVisit, type IlpRegister, type IlpVisit } from '../../../data/posyandu/ilp';
import { loadSchoolAgeTables, type SchoolAgeTables } from '../../../domain/growth';
import { onDataChanged } from '../../shell/data-changed';

/**
 * The ILP registers and visits of one Posyandu, read once into memory (as the balita register in
 * ../store.ts), with the WHO 2007 tables for IMT/U; read again when sync changed Posyandu records.
 */
export function useIlp(addr: string | undefined) {
  const [reg, setReg] = useState<IlpRegister | null>(null);
  const [tables, setTables] = useState<SchoolAgeTables | null>(null);
  const read = useCallback(async () => {
    if (!addr) return;
    const [r, t] = await Promise.all([loadIlp(getDb(), addr), loadSchoolAgeTables()]);
    setReg(r);
    setTables(t);
  }, [addr]);
  useEffect(() => {
    void read();
    return onDataChanged((modules) => { if (modules.includes('posyandu')) void read(); });
  }, [read]);
  const putVisit = useCallback((v: IlpVisit, removed?: readonly string[]) => setReg((r) => (r ? withIlpVisit(r, v, removed) : r)), []);
  return { reg, tables, reload: read, putVisit };
}
