import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { createInterface, type Interface } from 'node:readline';

const ROOT = resolve(import.meta.dirname, '..', '..');

/** jekyll-commonmark's `commonmark:` settings, as _config.yml gives them. */
export interface CommonmarkSettings {
  readonly options: readonly string[];
  readonly extensions: readonly string[];
}

/** Jekyll's jekyll-commonmark converter in one long-lived Ruby process (scripts/commonmark-oracle.rb). */
export class CommonmarkOracle {
  private readonly ruby: ChildProcessWithoutNullStreams;
  private readonly lines: Interface;
  private readonly waiting: Array<(html: string) => void> = [];
  private stderr = '';

  constructor() {
    this.ruby = spawn('ruby', [join(ROOT, 'scripts', 'commonmark-oracle.rb')]);
    this.ruby.stderr.on('data', (d: Buffer) => {
      this.stderr += d.toString();
    });
    this.lines = createInterface({ input: this.ruby.stdout });
    this.lines.on('line', (line) => this.waiting.shift()?.(JSON.parse(line) as string));
    this.ruby.on('exit', (code) => {
      if (this.waiting.length > 0) throw new Error(`commonmark-oracle.rb exited ${code}: ${this.stderr}`);
    });
  }

  render(src: string, settings: CommonmarkSettings): Promise<string> {
    return new Promise((done) => {
      this.waiting.push(done);
      this.ruby.stdin.write(`${JSON.stringify({ src, ...settings })}\n`);
    });
  }

  close(): void {
    this.ruby.stdin.end();
    this.lines.close();
  }
}
