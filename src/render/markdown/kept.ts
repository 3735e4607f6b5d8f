// Markdown's HTML kept between builds in kiln's cache folder, as Jekyll 4 keeps its Markdown
// converter's in .jekyll-cache: a `kiln build` renders only the sources it has not rendered
// before. The HTML depends only on the source, the site's Markdown options and the program that
// rendered it, so one file per site, program and options holds it, each HTML by the SHA-256 of
// its source. The file is written whole or not at all and checked against its own hash when
// read; anything wrong with it (missing, damaged, unwritable folder) is a file that holds nothing.
// It holds what the last build used, so it is as large as the site's HTML and no larger.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { readChecked, writeChecked } from '../../shared/checked-file.js';
import type { MarkdownRenderer } from './create-markdown.js';
import type { MarkdownOptions } from './types.js';

/** Where Markdown is kept, and the program it is kept for (its bytes' hash: another program renders anew). */
export interface MarkdownStore {
  readonly dir: string;
  readonly program: string;
}

/** The libraries Markdown loads from node_modules as it runs (scripts/bundle-cli.mjs leaves them out of the program). */
const LOADED_LIBRARIES = ['prismjs', '@shikijs/engine-javascript', '@shikijs/vscode-textmate', '@wooorm/starry-night'];

/**
 * What renders Markdown: the program's own bytes, by their hash, and the version of each library
 * it loads as it runs (an update of one renders anew).
 */
export function markdownProgram(programHash: string): string {
  return createHash('sha256')
    .update(JSON.stringify([programHash, loadedLibraries()]))
    .digest('hex');
}

/** Each library Markdown loads as it runs, with the version installed where Node would find it (null: none). */
export function loadedLibraries(): Array<[string, string | null]> {
  const require = createRequire(import.meta.url);
  return LOADED_LIBRARIES.map((name) => {
    for (const dir of require.resolve.paths(name) ?? []) {
      try {
        const { version } = JSON.parse(readFileSync(join(dir, name, 'package.json'), 'utf8')) as { version?: string };
        return [name, version ?? null];
      } catch {
        // Not in this folder.
      }
    }
    return [name, null];
  });
}

const MAGIC = Buffer.from('kiln kept markdown 1\n');
/** With the u flag a surrogate pair is one code point: this finds only a surrogate on its own. */
const LONE_SURROGATE = /\p{Cs}/u;
const KEY = 32;

/** The HTML kept for one site, and what this build used or added, for the next build. */
export class KeptMarkdown {
  /** HTML by key, as the file held it (views of its bytes). */
  private readonly held: Map<string, Buffer>;
  /** What this build used or made, by key, in the order it came: the next file's content. */
  private readonly used = new Map<string, Buffer>();
  private added = 0;

  private constructor(
    private readonly file: string,
    held: Map<string, Buffer>,
  ) {
    this.held = held;
  }

  /** The HTML kept in `store.dir` for the site at `source` with these options (none when there is no usable file). */
  static open(store: MarkdownStore, source: string, options: MarkdownOptions): KeptMarkdown {
    const name = createHash('sha256')
      .update(JSON.stringify([store.program, source, options]))
      .digest('hex')
      .slice(0, 32);
    const file = join(store.dir, 'markdown', `${name}.bin`);
    return new KeptMarkdown(file, readKept(file));
  }

  /**
   * The key of a source: its hash. `asText`: for HTML asked for as text, not as UTF-8 (see
   * keptRenderer), kept apart from the same source's bytes.
   */
  key(source: string, asText = false): string {
    return createHash('sha256')
      .update(asText ? 'text\n' : 'bytes\n')
      .update(source)
      .digest('binary');
  }

  /** The HTML kept for a key, if any. */
  get(key: string): Buffer | undefined {
    const html = this.used.get(key) ?? this.held.get(key);
    if (html) this.used.set(key, html);
    return html;
  }

  /** Keeps the HTML rendered from a source, by its key. */
  put(key: string, html: Buffer): void {
    if (this.used.has(key)) return;
    this.used.set(key, html);
    this.added++;
  }

  /** Writes what this build used, when it is not what the file holds; a file that cannot be written is left alone. */
  save(): void {
    if (this.added === 0 && this.used.size === this.held.size) return;
    try {
      writeKept(this.file, this.used);
    } catch {
      // Nothing kept: the next build renders again.
    }
  }
}

/**
 * A renderer that answers from what is kept and keeps what it renders. `plain` is the renderer
 * itself, for the pool (pool.ts), which looks its sources up and keeps their HTML on its own.
 * HTML asked for as text is kept only when UTF-8 holds it exactly: a character reference to a
 * lone surrogate (`&#xD800;`) gives one, which templates would otherwise see as U+FFFD.
 */
export function keptRenderer(plain: MarkdownRenderer, kept: KeptMarkdown): MarkdownRenderer {
  const bytes = (src: string) => {
    const key = kept.key(src);
    let html = kept.get(key);
    if (!html) kept.put(key, (html = plain.bytes(src)));
    return html;
  };
  const render = (src: string) => {
    const key = kept.key(src, true);
    const known = kept.get(key);
    if (known) return { html: known.toString() };
    const { html } = plain.render(src);
    if (!LONE_SURROGATE.test(html)) kept.put(key, Buffer.from(html));
    return { html };
  };
  return { render, bytes, plain };
}

/**
 * The file (shared/checked-file.ts): MAGIC, the SHA-256 of the rest, the number of entries
 * (32-bit), each entry's key and HTML length (32-bit), then the HTML, one after the other.
 */
function readKept(file: string): Map<string, Buffer> {
  const held = new Map<string, Buffer>();
  const data = readChecked(file, MAGIC);
  if (!data || data.length < 4) return held;
  const count = data.readUInt32LE(0);
  let entry = 4;
  let at = entry + count * (KEY + 4);
  if (at > data.length) return held;
  for (let i = 0; i < count; i++, entry += KEY + 4) {
    const length = data.readUInt32LE(entry + KEY);
    if (at + length > data.length) return new Map();
    held.set(data.toString('latin1', entry, entry + KEY), data.subarray(at, at + length));
    at += length;
  }
  return at === data.length ? held : new Map();
}

/** Writes the entries whole (a reader sees the old file or the new). */
function writeKept(file: string, entries: Map<string, Buffer>): void {
  const index = Buffer.alloc(4 + entries.size * (KEY + 4));
  index.writeUInt32LE(entries.size, 0);
  let at = 4;
  for (const [key, html] of entries) {
    index.write(key, at, 'latin1');
    index.writeUInt32LE(html.length, at + KEY);
    at += KEY + 4;
  }
  writeChecked(file, MAGIC, [index, ...entries.values()]);
}
