export function startPgCluster(): Promise<{ url: string; stop(): void }>;
