/**
 * A usage error in a few lines: what was wrong, the command's usage line, and where its options are explained
 * (never the whole help).
 */
export function usageError(message: string, usage: string, command?: string): string {
  const synopsis = usage.split('\n\n')[0];
  return `privacy-notice: ${message}\n${synopsis}\nRun "privacy-notice help${command ? ` ${command}` : ''}" for more.`;
}
