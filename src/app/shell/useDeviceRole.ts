import { useEffect, useState } from 'react';
import { liveQuery } from 'dexie';
import { getDb } from '../../data/storage';
import { getEnrolment } from '../../data/device';
import type { Role } from '../../sync/protocol';

/** This device's enrolled role (null before enrolment), updated live when enrolment changes. */
export function useDeviceRole(): Role | null {
  const [role, setRole] = useState<Role | null>(null);
  useEffect(() => {
    const sub = liveQuery(() => getEnrolment(getDb())).subscribe({
      next: (e) => setRole(e?.role ?? null),
      error: () => setRole(null), // storage problems are shown by the storage banner
    });
    return () => sub.unsubscribe();
  }, []);
  return role;
}
