// The Posyandu part of the demo data: the demo kaders, and the dates of the demo Posyandu days.
// Every date is relative to the day the server seeds (issue 13 item 15): the latest Posyandu day
// is yesterday and the ones before fall on the same day of each earlier month, so no record is
// dated after today on any phone (Indonesian phones are ahead of UTC, never behind), this month's
// KMS trend and SKDN show from the first of the month, and "today" is still free to weigh.

export const DEMO_KADERS = [
  { id: 'kader-1', name: 'Bu Sari', role: 'ketua' as const, active: true },
  { id: 'kader-2', name: 'Bu Lastri', role: 'sekretaris' as const, active: true },
  { id: 'kader-3', name: 'Bu Yanti', role: 'bendahara' as const, active: true },
  { id: 'kader-4', name: 'Bu Ratna', role: 'anggota' as const, active: true },
  { id: 'kader-5', name: 'Bu Wati', role: 'anggota' as const, active: true },
];

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The demo Posyandu day `m` months before the latest one (yesterday, UTC), on the same day of the
 * month, or that month's last day when it is shorter. Never after yesterday.
 */
export function demoPosyanduDay(today: Date, m: number): string {
  const latest = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 1));
  const y = latest.getUTCFullYear();
  const mo = latest.getUTCMonth() - m;
  const last = new Date(Date.UTC(y, mo + 1, 0)).getUTCDate();
  return iso(new Date(Date.UTC(y, mo, Math.min(latest.getUTCDate(), last))));
}

/** The kader who recorded a demo weighing: the five take turns. */
export function demoKader(i: number): { kaderId: string; kaderName: string } {
  const k = DEMO_KADERS[i % DEMO_KADERS.length];
  return { kaderId: k.id, kaderName: k.name };
}

/** One hari buka per demo Posyandu day, every kader present (strata: sessions, kaders on duty). */
export function demoSessions(unitId: string, addr: string, today: Date, months = 6) {
  return Array.from({ length: months }, (_, m) => {
    const date = demoPosyanduDay(today, m);
    return {
      id: `sesi-${unitId}-${date}`, kind: 'posyandu.session', addr, parent: null,
      data: { date, kadersPresent: DEMO_KADERS.map((k) => k.id), withWeighing: true } as Record<string, unknown>,
    };
  });
}
