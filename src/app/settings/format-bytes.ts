import { formatNumberIn } from '../../domain/format';

/** '1,2 MB' (Indonesian decimal comma) or '1.2 MB'. */
export function formatBytes(bytes: number, lang: 'id' | 'en'): string {
  const units = ['B', 'KB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  const digits = i === 0 || v >= 100 ? 0 : 1;
  return `${formatNumberIn(lang, v, { maxDigits: digits })} ${units[i]}`;
}
