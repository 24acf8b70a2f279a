// The security suite's test-runner commands (test/security/wtr-plugins.mjs), typed, for browser tests.
import { executeServerCommand } from '@web/test-runner-commands';

/** URLs of every request the page and its frames made since the previous call (the first call starts recording). */
export async function takeRequests(): Promise<string[]> {
  return (await executeServerCommand<string[], undefined>('pn-requests')) ?? [];
}

/** The two origins of the misbehaving local policy server. */
export async function faultServer(): Promise<{ origin: string; otherOrigin: string }> {
  return (await executeServerCommand<{ origin: string; otherOrigin: string }, undefined>('pn-fault-server'))!;
}
