// Report results per (report, kabupaten, parameters), kept while the kabupaten's change number
// stays the same: a repeat request costs one indexed max() query. Small and bounded, because a
// county asks for a handful of months at a time.

const MAX_ENTRIES = 64;

export class ReportCache {
  private entries = new Map<string, { mark: number; value: Promise<unknown> }>();

  /** The cached value for key at this change mark, or compute (once, even for concurrent requests). */
  get<T>(key: string, mark: number, compute: () => Promise<T>): Promise<T> {
    const hit = this.entries.get(key);
    if (hit && hit.mark === mark) {
      // Refresh recency: Map keeps insertion order, the oldest is evicted first.
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value as Promise<T>;
    }
    const value = compute();
    this.entries.set(key, { mark, value });
    value.catch(() => this.entries.get(key)?.value === value && this.entries.delete(key));
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    return value;
  }

  clear(): void {
    this.entries.clear();
  }
}
