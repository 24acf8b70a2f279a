import type { ChildProcess } from 'node:child_process';
/** Starts the examples server; resolves to its base URL (`http://127.0.0.1:PORT`) and a way to stop it. */
export function startExamplesServer(): Promise<{ url: string; process: ChildProcess; close(): void }>;
