import { createHash } from 'node:crypto';

// Name-based UUIDs (RFC 4122 version 5, SHA-1) for the FHIR Bundle's urn:uuid fullUrls: the same
// record gives the same UUID in every export, so two exports of one month name the same resources
// and a receiver can tell a repeat from a new one. The namespace is Kader Desa's own, fixed forever.

const NAMESPACE = Buffer.from('6f1d3a2e8b7c4e5f9a0b1c2d3e4f5a6b', 'hex');

export function uuidV5(name: string, namespace: Buffer = NAMESPACE): string {
  const h = createHash('sha1').update(namespace).update(name, 'utf8').digest();
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  const x = h.subarray(0, 16).toString('hex');
  return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20, 32)}`;
}
