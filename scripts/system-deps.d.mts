export function pgBinDir(): string | null;
export function ensureChromium(): boolean;
export function ensurePoppler(): boolean;
export function ensurePostgres(): boolean;
