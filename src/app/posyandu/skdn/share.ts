/**
 * Shares a CSV file with the Web Share API where the phone supports files (WhatsApp, Drive…),
 * else downloads it. Returns what happened so the page can say so.
 */
export async function shareCsv(filename: string, csv: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  // BOM: Excel on the kecamatan laptop then reads the Indonesian text as UTF-8.
  const blob = new Blob(['\ufeff' + csv], { type: 'text/csv' });
  const file = new File([blob], filename, { type: 'text/csv' });
  const nav = navigator as Navigator & { canShare?(d: ShareData): boolean };
  if (nav.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: filename });
      return 'shared';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
      // Share failed (no target app): fall through to a download.
    }
  }
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
