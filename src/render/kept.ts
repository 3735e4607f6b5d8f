// What earlier builds rendered, kept between builds in kiln's cache folder, as Jekyll 4 keeps its
// Markdown converter's output in .jekyll-cache: Markdown's HTML, the code Nunjucks compiles
// templates to, the HTML `{% highlight %}` colours code with, whether an output renders in
// pieces. Each is a function of its source, the site's Markdown options and the program that made
// it alone, so one file per site, program and options holds them, each by the SHA-256 of its kind
// and source (kept-file.ts: records, each with a check of its own; anything wrong with the file,
// or an unwritable folder, is nothing kept). A build adds what it made; the file is written anew
// with what the last build used once more of it is stale than live, so it is at most about twice
// what a build uses.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { appendKeptFile, type KeptFile, readKeptFile, recordBytes, writeKeptFile } from './kept-file.js';
import type { MarkdownRenderer } from './markdown/renderer.js';
import type { MarkdownOptions } from './markdown/types.js';

/** Where renders are kept, and the program they are kept for (its bytes' hash: another program renders anew). */
export interface RenderStore {
  readonly dir: string;
  readonly program: string;
}

/** The libraries rendering loads from node_modules as it runs (scripts/bundle-cli.mjs leaves them out of the program). */
const LOADED_LIBRARIES = [
  'prismjs',
  '@shikijs/engine-javascript',
  '@shikijs/vscode-textmate',
  '@wooorm/starry-night',
  'sass',
];

/**
 * What renders Markdown: the program's own bytes, by their hash, and the version of each library
 * it loads as it runs (an update of one renders anew).
 */
export function renderingProgram(programHash: string): string {
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

/** With the u flag a surrogate pair is one code point: this finds only a surrogate on its own. */
const LONE_SURROGATE = /\p{Cs}/u;

/**
 * What a kept entry is: Markdown's HTML as UTF-8 (`bytes`: post bodies and excerpts) or as text
 * (`text`, see keptRenderer); the code Nunjucks compiles a template to (`nunjucks`); a
 * highlighter's HTML for a block of code (`highlight`); whether an output renders in pieces
 * (`pieces`, in-pieces.ts); the line of a Nunjucks template's unclosed `{% raw %}` (`raw`); a
 * compiled stylesheet with the files it loaded (`sass`, sass.ts); a long text's `xml_escape`
 * (`xml_escape`, and Jekyll 2's with `'` as `&#39;`: filters/text.ts); whether an include reads
 * only `site` (`site_only`: '1' or '', create-environment.ts).
 */
export type KeptKind =
  | 'bytes'
  | 'text'
  | 'nunjucks'
  | 'highlight'
  | 'pieces'
  | 'raw'
  | 'sass'
  | 'xml_escape'
  | 'xml_escape_2'
  | 'site_only';

/** What is kept for one site, and what this build used or added, for the next build. */
export class KeptRenders {
  /** What this build used or made, by key: live entries, for the next build. */
  private readonly used = new Map<string, Buffer>();
  /** What this build made, by key, in the order it came: records to add. */
  private fresh = new Map<string, Buffer>();
  /** The saves' writing, one after the other. */
  private writing = Promise.resolve();
  /**
   * Whether the file still holds what was read from it: not when it was not read whole, nor once a
   * save wrote it anew (with what was used by then: an entry read from it later is not there).
   */
  private heldOnFile: boolean;

  private constructor(
    private readonly file: string,
    private kept: KeptFile,
  ) {
    this.heldOnFile = kept.whole;
  }

  /** What is kept in `store.dir` for the site at `source` with these Markdown options (nothing when there is no usable file). */
  static open(store: RenderStore, source: string, options: MarkdownOptions): KeptRenders {
    const name = createHash('sha256')
      .update(JSON.stringify([store.program, source, options]))
      .digest('hex')
      .slice(0, 32);
    const file = join(store.dir, 'markdown', `${name}.bin`);
    return new KeptRenders(file, readKeptFile(file));
  }

  /**
   * The key of a source of this kind: the hash of both (the same source of two kinds is two
   * entries), as UTF-8. An ASCII source is handed over as Latin-1, the same bytes, which Node
   * makes about twice as fast (the keys of a 1,000-post build: 43–51 → 24–32 ms). A source is
   * ASCII when its UTF-8 is as long as it is (any other character takes two bytes or more): Node
   * counts that 8 times as fast as a regular expression finds a character past ASCII (4,000 posts:
   * 2 against 16 ms).
   */
  key(source: string, kind: KeptKind = 'bytes'): string {
    return createHash('sha256')
      .update(`${kind}\n`)
      .update(source, Buffer.byteLength(source) === source.length ? 'latin1' : 'utf8')
      .digest('binary');
  }

  /** Whether earlier builds kept anything. */
  get holdsAny(): boolean {
    return this.kept.held.size > 0;
  }

  /** What is kept for a key, if anything. */
  get(key: string): Buffer | undefined {
    const known = this.used.get(key);
    if (known) return known;
    const bytes = this.kept.held.get(key);
    if (bytes) {
      this.used.set(key, bytes);
      if (!this.heldOnFile) this.fresh.set(key, bytes);
    }
    return bytes;
  }

  /** Keeps what was made from a source, by its key. */
  put(key: string, bytes: Buffer): void {
    if (this.used.has(key)) return;
    this.used.set(key, bytes);
    this.fresh.set(key, bytes);
  }

  /**
   * Keeps what was made anew for a key whose kept entry no longer holds (a stylesheet whose
   * partials changed): a later record of a key takes the place of an earlier one when read.
   */
  replace(key: string, bytes: Buffer): void {
    this.used.set(key, bytes);
    this.fresh.set(key, bytes);
  }

  /** What is kept for a source of this kind, or else what `make` makes of it, then kept. */
  bytesOf(kind: KeptKind, source: string, make: () => Buffer): Buffer {
    const key = this.key(source, kind);
    let bytes = this.get(key);
    if (!bytes) this.put(key, (bytes = make()));
    return bytes;
  }

  /**
   * The same for a text. A text is kept only when UTF-8 holds it exactly: one with a surrogate on
   * its own (a character reference to one, `&#xD800;`, renders it) would come back with U+FFFD,
   * which templates' filters (`jsonify`, `uri_escape`) would see.
   */
  textOf(kind: KeptKind, source: string, make: () => string): string {
    const key = this.key(source, kind);
    const known = this.get(key);
    if (known) return known.toString();
    const text = make();
    if (!LONE_SURROGATE.test(text)) this.put(key, Buffer.from(text));
    return text;
  }

  /**
   * Adds what this build made since its last save to the file, or writes the file anew with what
   * this build used when that would leave more stale entries in it than live (or it was not read
   * whole), on Node's thread pool, after what an earlier save writes. A build saves once its
   * Markdown is rendered, while it goes on, and again at its end (what its pages made meanwhile).
   * A file that cannot be written is written anew by the next save, or left alone.
   */
  save(): Promise<void> {
    const live = recordBytes(this.used);
    const after = this.kept.bytes + recordBytes(this.fresh);
    const compact = !this.kept.whole || after - live > live;
    // Nothing rendered, and nothing to drop (or nothing at all to keep): the file stays as it is.
    if (this.fresh.size === 0 && (!compact || this.used.size === 0)) return this.writing;
    const entries = compact ? new Map(this.used) : this.fresh;
    this.fresh = new Map();
    if (compact) this.heldOnFile = false;
    this.kept = { held: this.kept.held, bytes: compact ? live : after, whole: true };
    this.writing = this.writing
      .then(() => (compact ? writeKeptFile(this.file, entries) : appendKeptFile(this.file, entries)))
      .catch(() => {
        // Nothing kept: the next build renders again.
        this.kept = { ...this.kept, whole: false };
      });
    return this.writing;
  }
}

/**
 * A renderer that answers from what is kept and keeps what it renders. `plain` is the renderer
 * itself, for the pool (pool.ts), which looks its sources up and keeps their HTML on its own.
 */
export function keptRenderer(plain: MarkdownRenderer, kept: KeptRenders): MarkdownRenderer {
  return {
    render: (src) => ({ html: kept.textOf('text', src, () => plain.render(src).html) }),
    bytes: (src) => kept.bytesOf('bytes', src, () => plain.bytes(src)),
    plain,
  };
}
