import { downloadBlob, type ShareOutcome } from '../shell/shareFile';

// An exported XLSX off the phone: shared (WhatsApp to the puskesmas, Drive…) where the phone can
// share files, else downloaded, exactly as shell/shareFile.ts does for CSV.

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function shareXlsx(filename: string, blob: Blob): Promise<ShareOutcome> {
  const file = new File([blob], filename, { type: XLSX_TYPE });
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
