import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { getDb } from '../../../data';
import { getEnrolment, type Enrolment } from '../../../data/device';

/** This phone's enrolment (null before enrolment: every group on the phone is open), live: enrolling shows at once. */
export function useEnrolment(): Enrolment | null | undefined {
  const [e, setE] = useState<Enrolment | null>();
  useEffect(() => {
    const sub = liveQuery(() => getEnrolment(getDb())).subscribe({ next: setE, error: () => setE(null) });
    return () => sub.unsubscribe();
  }, []);
  return e;
}

export function currentMonth(): string {
  return new Date().toISOString().slice(0, 7);
}

export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
