/** Today on the phone's calendar (not UTC: at 06:00 in Kutai it is still yesterday in UTC). */
export function localToday(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}
