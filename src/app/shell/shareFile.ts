// Getting a report off the phone: share the file (WhatsApp to the desa, Drive…) where the phone
// can share files, else download it. One place, so every module behaves the same.

export type ShareOutcome = 'shared' | 'downloaded' | 'cancelled';

/** Saves a file through a temporary link (also used for server exports fetched with a token). */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Shares or downloads a CSV; a byte-order mark is added when missing so Excel reads UTF-8. */
export async function shareCsv(filename: string, csv: string): Promise<ShareOutcome> {
  const text = csv.startsWith('\ufeff') ? csv : '\ufeff' + csv;
  const file = new File([text], filename, { type: 'text/csv' });
  const nav = navigator as Navigator & { canShare?(d: ShareData): boolean };
  if (nav.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: filename });
      return 'shared';
    } catch (e) {
      if ((e as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing refused (no target app): fall back to a download.
    }
  }
  downloadBlob(file, filename);
  return 'downloaded';
}
