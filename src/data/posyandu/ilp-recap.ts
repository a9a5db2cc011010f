import { recapVisitOf, type RecapSubject, type RecapVisit } from '../../domain/ilp/recap';
import type { IlpRegister } from './ilp';

// The monthly ILP recap's inputs from the registers read by loadIlp (one read of the Posyandu's
// rows): who the visits belong to (pregnancy and mother registers, posyandu.person) and every
// live visit row. The counting is the domain's (domain/ilp/recap.ts), the same the county runs.

export function recapInputs(reg: IlpRegister): { subjects: RecapSubject[]; visits: RecapVisit[] } {
  const subjects: RecapSubject[] = [
    ...reg.pregnant.map((r) => ({ id: r.id, sex: 'P' as const, birthDate: r.data.birthDate })),
    ...reg.mothers.map((r) => ({ id: r.id, sex: 'P' as const })),
    ...reg.people.map((r) => ({ id: r.id, sex: r.data.sex, birthDate: r.data.birthDate })),
  ];
  const visits: RecapVisit[] = [];
  for (const list of reg.visitsBySubject.values()) {
    for (const v of list) {
      const r = recapVisitOf(v);
      if (r) visits.push(r);
    }
  }
  return { subjects, visits };
}
