import { randomBytes } from 'node:crypto';
import { realpath, rename, rm, stat, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { DEFAULT_MAX_BYTES } from '../model/index.js';
import { parseSize, readValidPolicy } from './check-file.js';
import { usageError } from './usage.js';

export const RENDER_USAGE = `Usage: privacy-notice render FILE [--lang TAG] [-o OUTPUT] [--fragment] [--heading-level N] [--summary]
                             [--anchor-prefix PREFIX] [--embed | --dsd [--script URL]] [--max-size SIZE]

Writes the notice of a valid policy as static HTML that needs no JavaScript: a complete page with its
styles, or with --fragment a <style> and a <div> to put into another page (or into <noscript>).
With --dsd, the <privacy-notice> element itself, pre-rendered: painted with no JavaScript, and taken
over without rendering it again once privacy-notice.js loads.

  --lang TAG              the reader's language, e.g. fr (default: the policy's default language)
  -o, --output OUTPUT     file to write (default, or -: standard output); left untouched when FILE is
                          invalid; a device or FIFO is written through, a symlink's target is replaced
  --fragment              only the notice, to include in another page
  --heading-level N       level of the notice's main heading, 1-6 (default 1 for a page, 2 for a fragment)
  --anchor-prefix PREFIX  prefix for anchor ids (#PREFIX-right-erasure)
  --embed                 wrap it in <privacy-notice> with the policy inline: a page that loads
                          privacy-notice.js shows the interactive element without fetching anything
  --dsd                   the <privacy-notice> element with its declarative shadow root and the
                          policy inline (a page, or with --fragment the element alone, to paste into
                          any page that loads privacy-notice.js)
  --script URL            with --dsd: load privacy-notice.js from URL after the notice
  --summary               start with the summary (the first layer: the key facts, each a link to its
                          part below)
  --max-size SIZE         largest file accepted, in bytes or with kB/MB (default 5MB)
  -h, --help              show this help

FILE may be - for standard input.

Exit status: 0 written, 1 the policy is invalid, 2 usage or I/O error.`;

class RenderUsageError extends Error {}

function options(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      lang: { type: 'string' },
      output: { type: 'string', short: 'o' },
      fragment: { type: 'boolean', default: false },
      'heading-level': { type: 'string' },
      'anchor-prefix': { type: 'string' },
      embed: { type: 'boolean', default: false },
      dsd: { type: 'boolean', default: false },
      script: { type: 'string' },
      summary: { type: 'boolean', default: false },
      'max-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  let maxBytes = DEFAULT_MAX_BYTES;
  try {
    if (values['max-size'] !== undefined) maxBytes = parseSize(values['max-size']);
  } catch (error) {
    throw new RenderUsageError((error as Error).message);
  }
  const level = values['heading-level'];
  if (level !== undefined && !/^[1-6]$/.test(level))
    throw new RenderUsageError(`--heading-level must be 1 to 6, not "${level}"`);
  if (values.lang !== undefined && !/^[a-z]{2,3}(-[a-z0-9]{1,8})*$/i.test(values.lang))
    throw new RenderUsageError(`--lang needs a language tag such as fr or pt-BR, not "${values.lang}"`);
  if (values['anchor-prefix'] !== undefined && !/^[a-z][\w-]*$/i.test(values['anchor-prefix']))
    throw new RenderUsageError('--anchor-prefix must start with a letter and hold only letters, digits, - and _');
  if (values.dsd && values.embed)
    throw new RenderUsageError('--embed and --dsd both put the element in the page: choose one (--dsd pre-renders it)');
  if (values.script !== undefined && !values.dsd) throw new RenderUsageError('--script goes with --dsd');
  if (!values.help && positionals.length !== 1)
    throw new RenderUsageError(positionals.length ? 'render takes one FILE' : 'render needs a FILE');
  return { ...values, maxBytes, headingLevel: level === undefined ? undefined : Number(level), file: positionals[0]! };
}

/**
 * Writes the output. A regular file (or a new one) is written beside it and renamed over it, so a reader never sees
 * half a page and a failure keeps the old file; through a symlink, the file it points to is the one replaced and the
 * link stays. Anything else (a character device such as /dev/null or /dev/stdout, a FIFO, a socket) is written
 * through in place: renaming over it would replace the node itself.
 */
export async function writeOutput(given: string, content: string): Promise<void> {
  let path = given;
  try {
    path = await realpath(given);
    if (!(await stat(path)).isFile()) return await writeFile(path, content, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/**
 * `privacy-notice render`: validates FILE exactly as `validate` does (and prints its problems the same way), then
 * writes the static HTML. Exit status: 0 written, 1 the policy is invalid, 2 usage or I/O error.
 */
export async function runRender(
  args: string[],
  out: (line: string) => void,
  err: (line: string) => void,
): Promise<number> {
  let opts: ReturnType<typeof options>;
  try {
    opts = options(args);
  } catch (error) {
    err(usageError(error instanceof Error ? error.message : String(error), RENDER_USAGE, 'render'));
    return 2;
  }
  if (opts.help) return (out(RENDER_USAGE), 0);

  const valid = await readValidPolicy(opts.file, opts.maxBytes, err, 'rendered');
  if (typeof valid === 'number') return valid;
  const { policy, document } = valid;

  const { renderStaticHtml } = await import('../static/page.js');
  const html = await renderStaticHtml(policy, {
    fragment: opts.fragment,
    ...(opts.lang !== undefined ? { lang: opts.lang } : {}),
    ...(opts.headingLevel !== undefined ? { headingLevel: opts.headingLevel } : {}),
    ...(opts['anchor-prefix'] !== undefined ? { anchorPrefix: opts['anchor-prefix'] } : {}),
    ...(opts.embed ? { embed: document } : {}),
    ...(opts.dsd ? { dsd: true, embed: document } : {}),
    ...(opts.script !== undefined ? { script: opts.script } : {}),
    ...(opts.summary ? { summary: true } : {}),
  });
  if (opts.output === undefined || opts.output === '-') {
    out(html.replace(/\n$/, ''));
    return 0;
  }
  try {
    await writeOutput(opts.output, html);
  } catch (error) {
    return (
      err(`${opts.output}: error: cannot be written (${(error as NodeJS.ErrnoException).code ?? String(error)})`),
      2
    );
  }
  return 0;
}
