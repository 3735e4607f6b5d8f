import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** The shared reference converters' folder (`markdown.rb`): KILN_ORACLES, else ../shared/oracles beside the checkout. */
export function oracleDir(): string {
  const candidates = [process.env.KILN_ORACLES, join(ROOT, '..', 'shared', 'oracles'), '/work/shared/oracles'];
  for (const dir of candidates) if (dir && existsSync(join(dir, 'markdown.rb'))) return dir;
  throw new Error('markdown.rb not found: set KILN_ORACLES to the folder holding the reference converters');
}

/** kramdown options as markdown.rb takes them (the `kramdown:` keys of _config.yml). */
export type KramdownOptions = Record<string, string | number | boolean | ReadonlyArray<string | number>>;

/** The reference converter raised on a document (kramdown 1.10 does on an empty footnote definition). */
export class OracleError extends Error {}

/**
 * One long-lived Ruby process running markdown.rb for one mode (1 = kramdown 1.10, 2 = Jekyll 4's
 * converter), fed documents one at a time through scripts/markdown-oracle-batch.rb.
 */
export class Oracle {
  private readonly ruby: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: Array<(html: string | { error: string }) => void> = [];
  private readonly tmp = mkdtempSync(join(tmpdir(), 'kiln-oracle-'));
  private stderr = '';

  constructor(readonly mode: 1 | 2) {
    const script = join(ROOT, 'scripts', 'markdown-oracle-batch.rb');
    // Jekyll's converter makes two temporary folders per document: keep them in one we remove.
    this.ruby = spawn('ruby', [script, oracleDir(), String(mode)], { env: { ...process.env, TMPDIR: this.tmp } });
    this.ruby.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.lines = createInterface({ input: this.ruby.stdout });
    this.lines.on('line', (line) => this.waiting.shift()?.(JSON.parse(line) as string | { error: string }));
    this.ruby.on('exit', (code) => {
      if (this.waiting.length > 0) throw new Error(`markdown.rb ${mode} exited ${code}: ${this.stderr}`);
    });
  }

  /** What the converter writes for `src`; rejects with an OracleError when the converter itself raises. */
  render(src: string, options: KramdownOptions = {}): Promise<string> {
    return new Promise((done, fail) => {
      this.waiting.push((html) => (typeof html === 'string' ? done(html) : fail(new OracleError(html.error))));
      this.ruby.stdin.write(`${JSON.stringify({ src, options })}\n`);
    });
  }

  close(): void {
    this.ruby.stdin.end();
    this.lines.close();
    rmSync(this.tmp, { recursive: true, force: true });
  }
}
