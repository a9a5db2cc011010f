import { checkData, covers, kindSpec, type SyncRecord } from '../../../src/domain/records';
import type { PullResponse, PushChange, PushResponse, PushResult, Scope } from '../../../src/sync/protocol';

// An in-memory county endpoint with the server's rules (docs/sync-protocol.md), as a `fetch`,
// so engine tests can drop requests or answers at exact points and snapshot/restore the
// server's state to play "server restored from a backup".

interface Device {
  id: string;
  scope: Scope;
  lastAppliedSeq: number;
  answers: Map<number, PushResult>;
}

interface State {
  version: number;
  records: Map<string, SyncRecord>;
  devices: Map<string, Device>;
}

export type Hook = (path: string, body: any) => 'drop-request' | 'drop-response' | number | void;

export class FakeServer {
  state: State = { version: 0, records: new Map(), devices: new Map() };
  codes = new Map<string, Scope>();
  requests: { path: string; body: any }[] = [];
  hook: Hook = () => undefined;
  /** Every change the server applied, to count exactly-once. */
  appliedLog: { deviceId: string; seq: number; recordId: string }[] = [];

  snapshot(): State {
    return structuredClone(this.state);
  }

  restore(s: State) {
    this.state = structuredClone(s);
  }

  fetch = async (url: string, init?: RequestInit): Promise<Response> => {
    const path = new URL(url, 'http://x').pathname;
    const body = JSON.parse(String(init?.body ?? '{}'));
    this.requests.push({ path, body });
    const h = this.hook(path, body);
    if (h === 'drop-request') throw new TypeError('fetch failed');
    if (typeof h === 'number') return new Response(JSON.stringify({ error: 'x', reason: 'injected' }), { status: h });
    const token = String((init?.headers as Record<string, string>)?.authorization ?? '').replace('Bearer ', '');
    const out = this.handle(path, body, token);
    if (h === 'drop-response') throw new TypeError('socket hang up');
    return new Response(JSON.stringify(out.body), { status: out.status });
  };

  private handle(path: string, body: any, token: string): { status: number; body: unknown } {
    if (path === '/api/v1/enroll') {
      const scope = this.codes.get(body.code);
      if (!scope) return { status: 404, body: { error: 'not_found', reason: 'code' } };
      const id = `dev${this.state.devices.size + 1}`;
      this.state.devices.set(`tok-${id}`, { id, scope, lastAppliedSeq: 0, answers: new Map() });
      return { status: 200, body: { deviceId: id, token: `tok-${id}`, role: 'kader', scope } };
    }
    const dev = this.state.devices.get(token);
    if (!dev) return { status: 401, body: { error: 'unauthorized', reason: 'token' } };
    if (path === '/api/v1/sync/push') return { status: 200, body: this.push(dev, body.changes) };
    if (path === '/api/v1/sync/pull') return { status: 200, body: this.pull(dev, body.cursor, body.limit ?? 500) };
    return { status: 404, body: { error: 'not_found', reason: path } };
  }

  private push(dev: Device, changes: PushChange[]): PushResponse {
    const results: PushResult[] = [];
    for (const ch of changes) {
      const rec = ch.record;
      if (ch.seq <= dev.lastAppliedSeq) {
        const prev = dev.answers.get(ch.seq);
        const cur = this.state.records.get(rec.id);
        results.push(prev?.status === 'rejected' ? prev : { seq: ch.seq, recordId: rec.id, status: 'duplicate', version: cur?.version });
        continue;
      }
      dev.lastAppliedSeq = ch.seq;
      const spec = kindSpec(rec.kind);
      let r: PushResult;
      if (!spec || !covers(dev.scope.prefix, rec.addr) || !dev.scope.modules.includes(spec.module)) {
        r = { seq: ch.seq, recordId: rec.id, status: 'rejected', reason: 'scope' };
      } else if (!checkData(rec.kind, rec.data).ok) {
        r = { seq: ch.seq, recordId: rec.id, status: 'rejected', reason: 'invalid: data' };
      } else {
        const cur = this.state.records.get(rec.id);
        const apply = !cur || (spec.mode === 'append' ? rec.deleted && !cur.deleted : ch.baseVersion === cur.version || cur.updatedBy === dev.id);
        if (apply) {
          const next = { ...rec, version: ++this.state.version, updatedBy: dev.id };
          this.state.records.set(rec.id, next);
          this.appliedLog.push({ deviceId: dev.id, seq: ch.seq, recordId: rec.id });
          r = { seq: ch.seq, recordId: rec.id, status: 'applied', version: next.version };
        } else if (spec.mode === 'append') {
          r = { seq: ch.seq, recordId: rec.id, status: 'duplicate', version: cur!.version };
        } else {
          r = { seq: ch.seq, recordId: rec.id, status: 'conflict', version: cur!.version, winner: cur };
        }
      }
      dev.answers.set(ch.seq, r);
      results.push(r);
    }
    return { results, lastAppliedSeq: dev.lastAppliedSeq };
  }

  private pull(dev: Device, cursor: string, limit: number): PullResponse {
    const all = [...this.state.records.values()]
      .filter((r) => r.version > Number(cursor) && covers(dev.scope.prefix, r.addr))
      .sort((a, b) => a.version - b.version);
    const page = all.slice(0, limit);
    return {
      changes: page,
      cursor: String(page.length ? page[page.length - 1].version : cursor),
      hasMore: all.length > limit,
      lastAppliedSeq: dev.lastAppliedSeq,
      serverTime: new Date().toISOString(),
    };
  }
}
