import { monotonicFactory } from 'ulid';

// ULIDs sort by creation time and are unique without a server, so a phone can make ids offline.
const next = monotonicFactory();

export function newId(): string {
  return next();
}
