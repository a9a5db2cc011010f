import { desaAddr, rtAddr } from '../../../domain/records';
import type { Group } from '../../../data/dasawisma';

export interface Area {
  prefix: string | undefined;
  label: string;
}

/** Areas a coordinator can look at: her enrolled scope, else each desa and RT among the groups here. */
export function areasOf(groups: Group[], scopePrefix: string | undefined, allLabel: string, rtLabel: (name: string, rt: string) => string): Area[] {
  if (scopePrefix) return [{ prefix: scopePrefix, label: scopePrefix }];
  const out: Area[] = [{ prefix: undefined, label: allLabel }];
  for (const d of [...new Set(groups.map((g) => g.desaCode))]) {
    const name = groups.find((g) => g.desaCode === d)?.data.desaName ?? d;
    out.push({ prefix: desaAddr(d), label: name });
    for (const rt of [...new Set(groups.filter((g) => g.desaCode === d).map((g) => g.rtNo))].sort()) {
      out.push({ prefix: rtAddr(d, rt), label: rtLabel(name, rt) });
    }
  }
  return out;
}
