/**
 * Shares a CSV through the Web Share API with a file when the phone can (WhatsApp to the desa),
 * else downloads it. Returns which happened; a share the user cancels is not an error.
 */
export async function shareOrDownloadCsv(csv: string, filename: string): Promise<'shared' | 'downloaded' | 'cancelled'> {
  const file = new File([csv], filename, { type: 'text/csv' });
  const nav = navigator as Navigator & { canShare?: (d: ShareData) => boolean };
  if (nav.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: filename });
      return 'shared';
    } catch (err) {
      if ((err as { name?: string }).name === 'AbortError') return 'cancelled';
      // Sharing refused (no target app): fall back to a download.
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
