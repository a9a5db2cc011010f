import { cutText } from '../domain/text';

// Server logs carry ids and counts only. Error texts from the database can quote values, so
// anything that looks like a NIK, a phone number or a long number is masked, and texts are cut.
export function safeErr(e: unknown): string {
  const err = e as { name?: string; code?: string; message?: string };
  const masked = String(err?.message ?? e)
    .replace(/\d{6,}/g, '#')
    .replace(/\(([^)]{0,200})\)=\(([^)]{0,400})\)/g, '($1)=(…)');
  return `${err?.name ?? 'Error'}${err?.code ? ' ' + err.code : ''}: ${cutText(masked, 200)}`;
}
