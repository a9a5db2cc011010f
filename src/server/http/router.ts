import type { IncomingMessage, ServerResponse } from 'node:http';

// A tiny exact-path router: the API has four endpoints, a framework would add more than it saves.

export type Handler = (req: IncomingMessage, res: ServerResponse) => Promise<void>;

export class Router {
  private routes = new Map<string, Map<string, Handler>>();

  on(method: string, path: string, h: Handler): this {
    if (!this.routes.has(path)) this.routes.set(path, new Map());
    this.routes.get(path)!.set(method, h);
    return this;
  }

  /** 'not-found' when no route has this path, 'wrong-method' (with allowed list) when the method differs. */
  match(method: string, path: string): { handler: Handler } | { miss: 'not-found' } | { miss: 'wrong-method'; allow: string[] } {
    const byMethod = this.routes.get(path);
    if (!byMethod) return { miss: 'not-found' };
    const h = byMethod.get(method) ?? (method === 'HEAD' ? byMethod.get('GET') : undefined);
    if (h) return { handler: h };
    return { miss: 'wrong-method', allow: [...byMethod.keys()] };
  }
}
