/** RFC 4180 CSV; a BOM so Excel on a phone/laptop opens Indonesian text correctly. */
export function toCsv(rows: (string | number | null | undefined)[][]): string {
  const cell = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return '\ufeff' + rows.map((r) => r.map(cell).join(',')).join('\r\n') + '\r\n';
}

/** Shares the file (WhatsApp, Drive…) when the phone can share files, else downloads it. */
export async function shareCsv(filename: string, csv: string): Promise<'shared' | 'downloaded'> {
  const file = new File([csv], filename, { type: 'text/csv' });
  const nav = navigator as Navigator & { canShare?(d: ShareData): boolean };
  if (nav.share && nav.canShare?.({ files: [file] })) {
    try {
      await nav.share({ files: [file], title: filename });
      return 'shared';
    } catch (e) {
      // The user closed the share sheet: nothing more to do.
      if ((e as { name?: string }).name === 'AbortError') return 'shared';
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
