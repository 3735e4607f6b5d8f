import nunjucks from 'nunjucks';
import { KilnError } from '../../shared/errors.js';
import type { Pieces } from '../types.js';
import type { CompiledCode } from './compiled-code.js';
import { collectionFilters } from './filters/collections.js';
import { dateFilters } from './filters/dates.js';
import { textFilters } from './filters/text.js';
import { urlFilters } from './filters/urls.js';
import { readsOnlySite } from './fragments.js';
import { liquidToNunjucks } from './liquid-compat.js';
import { FunctionTag, HighlightTag, type SimpleTag, TocTag, UrlTag } from './tags.js';

// Smaller fragments (a nav bar) cost less to copy than to keep apart.
const SHARED_FRAGMENT_MIN = 4096;
// Stands for a fragment while rendering in pieces: a character no template outputs.
const MARKER = '\u0000';

/** A compiled template and the file it came from, for error messages. */
export interface CompiledTemplate {
  render(context: Record<string, unknown>): string;
}

/** What the template environment needs to know of the site. */
export interface TemplateSettings {
  readonly includes: ReadonlyMap<string, string>;
  readonly timezone: string;
  readonly time: number;
  /** Told whenever a filter uses the build time (`"now" | date`), so that the render stage can record it. */
  readonly readsTime?: () => void;
  readonly url: string;
  readonly baseurl: string;
  readonly markdownify: (src: string) => string;
  /** The URL of a post (`post_url`, by its file name without extension) or of a source file (`link`). */
  readonly urlOf: (tag: 'post_url' | 'link', target: string) => string;
  /** In watch: a fragment's text from an earlier build when what it reads is unchanged, else render(). */
  readonly reuseFragment?: (name: string, source: string, render: () => string) => string;
  /** In watch: templates compiled by earlier builds. */
  readonly compiled?: CompiledCode;
  /** Tags the site's plugins add (src/plugins/tags.ts). */
  readonly tags?: ReadonlyMap<string, SimpleTag>;
}

/** The Nunjucks environment of one build: includes from memory, Jekyll's filters and tags. */
export function createTemplates(settings: TemplateSettings) {
  // Includes that read only `site` are rendered once, when every body is done (see fragments.ts).
  const fragments = new Map<string, string>();
  let fragmentSite: Record<string, unknown> | null = null;
  const loader: { cache?: Record<string, unknown>; getSource(name: string): nunjucks.LoaderSource } = {
    getSource(name: string): nunjucks.LoaderSource {
      const src = settings.includes.get(name);
      if (src === undefined) return null as unknown as nunjucks.LoaderSource;
      const path = `_includes/${name}`;
      const converted = liquidToNunjucks(src, false);
      if (!fragmentSite || !readsOnlySite(converted))
        return { src: settings.compiled?.source(converted, env, path) ?? converted, path, noCache: false };
      if (!fragments.has(name)) {
        const site = fragmentSite;
        const render = () => new nunjucks.Template(converted, env, path, true).render({ site });
        fragments.set(name, settings.reuseFragment ? settings.reuseFragment(name, src, render) : render());
      }
      return { src: `{{ __kilnFragment(${JSON.stringify(name)}) }}`, path, noCache: false };
    },
  };
  // Output is not escaped, as in Jekyll; templates escape with filters.
  const env = new nunjucks.Environment(loader, { autoescape: false, throwOnUndefined: false });
  // While rendering in pieces, a large fragment is output as a marker and spliced in by the writer.
  let markers: string[] | null = null;
  env.addGlobal('__kilnFragment', (name: string) => {
    const text = fragments.get(name) ?? '';
    if (!markers || text.length < SHARED_FRAGMENT_MIN) return text;
    markers.push(text);
    return `${MARKER}${markers.length - 1}${MARKER}`;
  });
  const filters = {
    ...dateFilters(settings.timezone, settings.time, settings.readsTime),
    ...urlFilters(settings.url, settings.baseurl),
    ...textFilters(settings.markdownify),
    ...collectionFilters(),
  };
  for (const [name, fn] of Object.entries(filters)) env.addFilter(name, fn);
  env.addExtension('toc', new TocTag());
  env.addExtension('highlight', new HighlightTag());
  env.addExtension('urls', new UrlTag(settings.urlOf));
  for (const [name, fn] of settings.tags ?? []) env.addExtension(`tag-${name}`, new FunctionTag(name, fn));

  return {
    /** From now on, includes that read only `site` render once, with these site variables. */
    renderFragmentsOnce(site: Record<string, unknown>): void {
      fragmentSite = site;
      // Nunjucks keeps compiled includes on the loader; the ones compiled so far render in full.
      loader.cache = {};
    },
    /**
     * Renders in pieces (own text, shared fragment, own text, …): a large fragment is not copied
     * into the text but stands in it as itself, the same string on every page. Only for templates
     * that output their includes as they are (`keepsIncludesAsIs`), so the bytes are the same.
     */
    inPieces(render: () => string): Pieces {
      markers = [];
      try {
        const text = render();
        const pieces = spliceMarkers(text, markers);
        if (pieces) return pieces;
        // A NUL of the template's own (never in practice) would misplace the splice: render whole.
        markers = null;
        return [render()];
      } finally {
        markers = null;
      }
    },
    /** While rendering in pieces: the text with its markers replaced (joined lazily, as V8 joins strings). */
    withFragments(text: string): string {
      const pieces = markers?.length ? spliceMarkers(text, markers) : null;
      return pieces ? pieces.reduce((whole, piece) => whole + piece, '') : text;
    },
    /** Compiles a template once; `firstLine` is the file line its text starts on. */
    compile(src: string, file: string, firstLine: number, isContent: boolean): CompiledTemplate {
      const converted = liquidToNunjucks(src, isContent);
      let template: nunjucks.Template;
      try {
        template = settings.compiled
          ? settings.compiled.template(converted, env, file)
          : new nunjucks.Template(converted, env, file, true);
      } catch (e) {
        throw templateError(e, file, firstLine, converted);
      }
      return {
        render(context) {
          try {
            return template.render(context);
          } catch (e) {
            throw templateError(e, file, firstLine, converted);
          }
        },
      };
    },
  };
}

export type Templates = ReturnType<typeof createTemplates>;

/**
 * The text in pieces, each marker replaced by its fragment, when the text holds exactly the
 * markers made so far, in order; null otherwise.
 */
function spliceMarkers(text: string, used: readonly string[]): Pieces | null {
  if (used.length === 0) return [text];
  const parts = text.split(MARKER);
  if (parts.length !== 2 * used.length + 1 || used.some((_, k) => parts[2 * k + 1] !== String(k))) return null;
  return parts.map((piece, i) => (i % 2 === 1 ? used[(i - 1) / 2]! : piece));
}

/** Turns a Nunjucks error into `file:line: message`, pointing into an include when it failed there. */
function templateError(e: unknown, file: string, firstLine: number, src: string): KilnError {
  if (e instanceof KilnError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const lines = message
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  const paths = [...message.matchAll(/\(([^()\s]+)\)(?: \[Line (\d+), Column \d+\])?/g)];
  const last = paths[paths.length - 1];
  const where =
    last && last[1] !== 'unknown' && last[1] !== file && last[1]!.startsWith('_includes/') ? last[1]! : file;
  const text = (lines[lines.length - 1] ?? message).replace(/^(Template render error: |Error: |KilnError: )+/, '');
  const lineMatch = last?.[2] ?? /\[Line (\d+), Column \d+\]/.exec(message)?.[1];
  const lineInSource = lineMatch !== undefined ? Number(lineMatch) : where === file ? guessLine(src, text) : undefined;
  const line = lineInSource === undefined ? undefined : where === file ? lineInSource + firstLine - 1 : lineInSource;
  return new KilnError(`template error: ${text}`, where, line, { cause: e });
}

/**
 * Nunjucks gives no line for some errors (an unknown filter, a missing include, an unclosed
 * block); find the line in the template source that the message names.
 */
function guessLine(src: string, text: string): number | undefined {
  const lines = src.split('\n');
  const find = (re: RegExp, last = false) => {
    const hits = lines.map((l, i) => (re.test(l) ? i + 1 : 0)).filter(Boolean);
    return last ? hits[hits.length - 1] : hits[0];
  };
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  let m = /filter not found: (\S+)/.exec(text);
  if (m) return find(new RegExp(`\\|\\s*${esc(m[1]!)}\\b`));
  m = /template not found: (\S+)/.exec(text);
  if (m) return find(new RegExp(`\\{%-?\\s*include\\b.*${esc(m[1]!)}`));
  m = /^parse(\w+):.*end of file/.exec(text);
  if (m) return find(new RegExp(`\\{%-?\\s*${m[1]!.toLowerCase()}\\b`), true);
  m = /(?:no post named|no file) "([^"]+)"/.exec(text);
  if (m) return find(new RegExp(esc(m[1]!)));
  m = /unknown block tag: (\S+)/.exec(text);
  if (m) return find(new RegExp(`\\{%-?\\s*${esc(m[1]!)}\\b`));
  return undefined;
}
