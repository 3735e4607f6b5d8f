import type { LoaderSource, Template } from 'nunjucks';
import { KilnError, KilnWarning } from '../../shared/errors.js';
import type { Counters } from '../counters.js';
import type { IncludeCache } from '../include-cache.js';
import { type Own, type Pieces, piecesText } from '../types.js';
import { CompiledCode } from './compiled-code.js';
import { type FilterSettings, nunjucksFilters } from './filters/index.js';
import { type ParseNode, parseNunjucks, readsOnlySite, unclosedRaw } from './fragments.js';
import { createLiquid } from './liquid/engine.js';
import { liquidError } from './liquid/errors.js';
import type { RenderedOnce } from './liquid/include-once.js';
import { MAX_INCLUDE_DEPTH } from './liquid/limits.js';
import type { Template as LiquidTemplate } from './liquid/liquidjs.js';
import { guardNunjucks, startRender } from './nunjucks-guard.js';
import { nunjucks } from './nunjucks-lib.js';
import {
  FunctionTag,
  HighlightTag,
  keptHighlighter,
  PLAIN_HIGHLIGHTER,
  type SimpleTag,
  TocTag,
  UrlTag,
} from './tags.js';

/** The two template languages: Liquid (Jekyll's, and every Markdown body's) and Nunjucks (kiln's). */
export type TemplateLanguage = 'liquid' | 'nunjucks';

// Smaller fragments (a nav bar) cost less to copy than to keep apart.
const SHARED_FRAGMENT_MIN = 4096;
// Stands for a fragment while rendering in pieces: a character no template outputs.
const MARKER = '\u0000';

/** A compiled template and the file it came from, for error messages. */
export interface CompiledTemplate {
  render(context: Record<string, unknown>): string;
}

/** What the template environment needs to know of the site. */
export interface TemplateSettings extends FilterSettings {
  readonly includes: ReadonlyMap<string, string>;
  /** The URL of a post (`post_url`, by its file name without extension) or of a source file (`link`). */
  readonly urlOf: (tag: 'post_url' | 'link', target: string) => string;
  /** A source file's text by its path, for `include_relative`; undefined when there is none. */
  readonly readSource: (path: string) => string | undefined;
  /** The config's `collections_dir` (`include_relative` in a document). */
  readonly collectionsDir?: string;
  /**
   * A shared fragment (an include rendered once per build): render(), whose reads count for every
   * output rendered after it; in watch, with `reusable`, what an earlier build rendered while what
   * it read is unchanged.
   */
  readonly reuseFragment?: <T>(name: string, source: string, render: () => T, reusable?: boolean) => T;
  /** In watch: templates compiled by earlier builds. */
  readonly compiled?: CompiledCode;
  /** How `{% highlight %}` colours (the config's highlightTag; Rouge when not given). */
  readonly highlightTag?: 'rouge' | 'plain';
  /** Tags the site's plugins add (src/plugins/tags.ts). */
  readonly tags?: ReadonlyMap<string, SimpleTag>;
  /** The build's `{% include_cached %}` texts, when it is a Liquid tag (the jekyll-include-cache plugin). */
  readonly includeCache?: IncludeCache;
  /** Whether a plugin loads Ruby's ActiveSupport (jekyll-mentions): `x == blank` asks its `blank?`. */
  readonly activeSupport?: boolean;
  /** Jekyll's `jekyll` variable in every template: `jekyll.version`, `jekyll.environment` (JEKYLL_ENV). */
  readonly jekyll?: { readonly version: string; readonly environment: string };
  /** jekyll-data's `theme` variable, when the plugin is on: the config's value at the theme's name. */
  readonly theme?: unknown;
  /** The build's `{% increment %}` counters (render/counters.ts). */
  readonly counters?: Counters;
  /**
   * Which state of `site` a template renders in: Liquid's site.pages gains a stylesheet's
   * source map once it converts (render/source-map-pages.ts), so a fragment renders once per state.
   */
  readonly siteState?: () => number;
  /**
   * Hears of each markup in a page, document or layout that Ruby Liquid's strict parser rejects,
   * as Jekyll warns of it (its includes' are not said); it may throw (`--strict`).
   */
  readonly warn?: (warning: KilnWarning) => void;
}

/**
 * The template engines of one build, Liquid and Nunjucks, with includes from memory and the same
 * filters (Jekyll's) and tags (kiln's) in both.
 */
export function createTemplates(settings: TemplateSettings) {
  // Made when a Liquid template first needs it: a rebuild whose one changed page is Nunjucks, or a
  // Markdown body with no template, never does (making it is a millisecond of every rebuild).
  let engine: ReturnType<typeof createLiquid> | undefined;
  const liquid = () =>
    (engine ??= createLiquid({
      includes: settings.includes,
      filters: settings,
      urlOf: settings.urlOf,
      readSource: settings.readSource,
      collectionsDir: settings.collectionsDir,
      colour,
      tags: settings.tags,
      globals: {
        ...(settings.jekyll ? { jekyll: settings.jekyll } : {}),
        ...('theme' in settings ? { theme: settings.theme } : {}),
      },
      includeCache: settings.includeCache && {
        cache: settings.includeCache,
        expand: (text) => withMarkersSpliced(text),
      },
      activeSupport: settings.activeSupport,
      counters: settings.counters,
      includeOnce: {
        site: () => fragmentSite,
        fragment: (include, source, reusable, render) => {
          const state = settings.siteState?.() ?? 0;
          const name = state ? `${include}\u0000${state}` : include;
          const known = liquidFragments.get(name);
          if (known?.source === source) return known.made;
          const made = settings.reuseFragment
            ? settings.reuseFragment(`liquid:${name}`, source, render, reusable)
            : render();
          liquidFragments.set(name, { source, made });
          return made;
        },
        output: fragmentOutput,
      },
    }));
  // Each text is compiled once (checked, then used); in watch also kept for later builds.
  const compiled = settings.compiled ?? new CompiledCode();
  compiled.keepIn(settings.kept);
  const colour = settings.highlightTag === 'plain' ? PLAIN_HIGHLIGHTER : keptHighlighter(settings.kept);
  // Includes that read only `site` are rendered once, when every body is done (see fragments.ts).
  const fragments = new Map<string, string>();
  const liquidFragments = new Map<string, { readonly source: string; readonly made: RenderedOnce }>();
  let fragmentSite: Record<string, unknown> | null = null;
  const loader: { cache?: Record<string, unknown>; getSource(name: string): LoaderSource } = {
    getSource(name: string): LoaderSource {
      const src = settings.includes.get(name);
      if (src === undefined) return null as unknown as LoaderSource;
      const path = `_includes/${name}`;
      if (!fragmentSite || !includeReadsOnlySite(src)) {
        // Marks where the include's output begins and ends, so a runtime error is placed in the
        // template it happened in (Nunjucks runs the includer's rest inside the include's call).
        const marked = `{{ __kilnEnter(${JSON.stringify(path)}) }}${src}{{ __kilnLeave() }}`;
        const code = compiled.source(marked, env, path);
        // A syntax error in an include is reported now, with its line (Nunjucks would report it
        // after the render has returned, from a callback nothing catches).
        if (code === marked) checkCompiles(src, path);
        return { src: code, path, noCache: false };
      }
      if (!fragments.has(name)) {
        const site = fragmentSite;
        checkCompiles(src, path);
        const render = () => {
          const template = compiled.template(src, env, path);
          sourceOf.set(template, src);
          return renderTop(template, { site }, path, 1);
        };
        fragments.set(name, settings.reuseFragment ? settings.reuseFragment(name, src, render) : render());
      }
      return { src: `{{ __kilnFragment(${JSON.stringify(name)}) }}`, path, noCache: false };
    },
  };
  // Nunjucks reports a loader's error by its message alone: the error itself is kept here.
  let includeError: KilnError | null = null;
  const checkCompiles = (src: string, path: string) => {
    try {
      compiled.template(src, env, path);
    } catch (e) {
      includeError = templateError(e, path, 1, src);
      throw includeError;
    }
  };
  // Each top-level template's text, for the line of an error Nunjucks gives none for.
  const sourceOf = new WeakMap<Template, string>();
  // The includes being rendered, innermost last (see __kilnEnter).
  const active: string[] = [];
  /** Renders a top-level template; a runtime error names the template it happened in, and its line. */
  const renderTop = (template: Template, context: object, file: string, firstLine: number) => {
    const depth = active.length;
    if (depth === 0) startRender();
    try {
      return template.render(context);
    } catch (e) {
      if (includeError) throw includeError;
      const origin = active.length > depth ? active[active.length - 1]! : file;
      const src = origin === file ? sourceOf.get(template) : settings.includes.get(origin.slice('_includes/'.length));
      throw runtimeError(e, origin, file, firstLine, src);
    } finally {
      active.length = depth;
      includeError = null;
    }
  };
  // Output is not escaped, as in Jekyll; templates escape with filters.
  const env = new nunjucks.Environment(loader, { autoescape: false, throwOnUndefined: false });
  env.addGlobal('__kilnEnter', (path: string) => {
    if (active.length >= MAX_INCLUDE_DEPTH)
      throw new Error(`include: nested more than ${MAX_INCLUDE_DEPTH} deep (does an include include itself?)`);
    active.push(path);
    return '';
  });
  env.addGlobal('__kilnLeave', () => {
    active.pop();
    return '';
  });
  guardNunjucks(env);
  if (settings.jekyll) env.addGlobal('jekyll', settings.jekyll);
  if ('theme' in settings) env.addGlobal('theme', settings.theme);
  // While rendering in pieces, a large fragment (or a body's bytes) is output as a marker and spliced in by the writer.
  let markers: Array<string | Buffer> | null = null;
  /** A fragment's text where it is output: a marker for a large one while rendering in pieces. */
  const fragmentOutput = (text: string) => {
    if (!markers || text.length < SHARED_FRAGMENT_MIN) return text;
    markers.push(text);
    return `${MARKER}${markers.length - 1}${MARKER}`;
  };
  /** While rendering in pieces: the text with its markers replaced (joined lazily, as V8 joins strings). */
  function withMarkersSpliced(text: string): string {
    const pieces = markers?.length ? spliceMarkers(text, markers) : null;
    return pieces ? piecesText(pieces) : text;
  }
  env.addGlobal('__kilnFragment', (name: string) => fragmentOutput(fragments.get(name) ?? ''));
  const filters = nunjucksFilters(settings, (self, expression, vars) => liquid().evaluate(self, expression, vars));
  for (const [name, fn] of Object.entries(filters)) env.addFilter(name, fn);
  // While rendering in pieces with every escape output bare (in-pieces.ts), a long escaped text
  // (a post's body in a feed) is output as a marker for its UTF-8, kept with it between builds:
  // a feed is then never joined into one string, hashed and checked as one (a plugin's own
  // `xml_escape` is left as it is).
  let escapesBare = false;
  const escaped = settings.escaped;
  const xmlEscape = filters.xml_escape;
  if (escaped && xmlEscape && !settings.extra?.has('xml_escape'))
    env.addFilter('xml_escape', (input: unknown) => {
      const text = xmlEscape(input) as string;
      const bytes = markers && escapesBare ? escaped.bytesOf(text) : null;
      if (!bytes) return text;
      markers!.push(bytes);
      return `${MARKER}${markers!.length - 1}${MARKER}`;
    });
  // Plugins' tags first: Nunjucks uses the first extension that claims a tag, and a plugin's wins (as in Liquid).
  const pluginTags = [...(settings.tags ?? [])].map(([name, fn]) => new FunctionTag(name, fn));
  for (const tag of pluginTags) env.addExtension(`tag-${tag.tags[0]}`, tag);
  const extensions = [new TocTag(), new HighlightTag(colour), new UrlTag(settings.urlOf)];
  for (const [i, extension] of extensions.entries()) env.addExtension(`kiln${i}`, extension);

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
     * that output their includes as they are (`keepsIncludesAsIs`), so the bytes are the same;
     * `escapes`: they output every `xml_escape` bare too (`escapesBare`).
     */
    inPieces(render: () => string, escapes = false): Pieces {
      markers = [];
      escapesBare = escapes;
      try {
        const text = render();
        const pieces = spliceMarkers(text, markers);
        if (pieces) return pieces;
        // A NUL of the template's own (never in practice) would misplace the splice: render whole.
        markers = null;
        return [render()];
      } finally {
        markers = null;
        escapesBare = false;
      }
    },
    /** Renders whole (fragments as their text), also inside a render in pieces: another document's `output`. */
    whole<T>(render: () => T): T {
      const outer = markers;
      markers = null;
      try {
        return render();
      } finally {
        markers = outer;
      }
    },
    /** While rendering in pieces: the text with its markers replaced (joined lazily, as V8 joins strings). */
    withFragments: withMarkersSpliced,
    /**
     * While rendering in pieces: a marker that stands for a body's UTF-8 bytes, spliced in as they
     * are when written (never decoded); null otherwise. Only for templates that output it bare.
     */
    bytesMarker(bytes: Buffer): string | null {
      if (!markers) return null;
      markers.push(bytes);
      return `${MARKER}${markers.length - 1}${MARKER}`;
    },
    /** Nunjucks' parse of a template (kiln's and the plugins' tags known), or null when it does not parse. */
    parseNunjucks(src: string): ParseNode | null {
      return parseNunjucks(src, [...extensions, ...pluginTags]);
    },
    /** The Liquid engine (made on first use). */
    liquidEngine: () => liquid().liquid,
    /** liquidjs' parse of a template (kiln's and the plugins' tags known), or null when it does not parse. */
    parseLiquid(src: string): LiquidTemplate[] | null {
      try {
        return liquid().parse(src, '');
      } catch {
        return null; // rendering reports the error
      }
    },
    /** The tags Nunjucks' parser knows beyond its own (kiln's, then the plugins'): what else a parse depends on. */
    nunjucksTags: [...extensions, ...pluginTags].flatMap((e) => e.tags),
    /** Compiles a template once, in its language; `firstLine` is the file line its text starts on. */
    compile(src: string, file: string, firstLine: number, language: TemplateLanguage): CompiledTemplate {
      return language === 'liquid' ? compileLiquid(src, file, firstLine) : compileNunjucks(src, file, firstLine);
    },
  };

  function compileLiquid(src: string, file: string, firstLine: number): CompiledTemplate {
    const engine = liquid();
    let template: ReturnType<typeof engine.parse>;
    // Markup read leniently, said once the template parses (a template that fails says only that).
    const lenient: Array<{ at: number; message: string }> = [];
    try {
      template = engine.parse(src, file, settings.warn && ((at, message) => lenient.push({ at, message })));
      for (const { at, message } of lenient) {
        let line = firstLine;
        for (let i = src.indexOf('\n'); i >= 0 && i < at; i = src.indexOf('\n', i + 1)) line++;
        settings.warn!(new KilnWarning(message, file, line, 'read leniently, as Jekyll reads it'));
      }
    } catch (e) {
      throw liquidError(e, file, firstLine);
    }
    return {
      render(context) {
        try {
          return engine.render(template, context);
        } catch (e) {
          throw liquidError(e, file, firstLine);
        }
      },
    };
  }

  /**
   * Whether an include reads only `site` (fragments.ts), kept between builds by its text and the
   * tags it is parsed with: parsing every include of the project's own site again took about 5 ms
   * of a no-op build.
   */
  function includeReadsOnlySite(src: string): boolean {
    if (!settings.kept) return readsOnlySite(src, extensions);
    const tags = JSON.stringify(extensions.map((e) => e.tags));
    return (
      settings.kept.textOf('site_only', `${tags}\n${src}`, () => (readsOnlySite(src, extensions) ? '1' : '')) === '1'
    );
  }

  /**
   * The line of a `{% raw %}` the text leaves open (fragments.ts), kept between builds by the text:
   * lexing every template again took 3 of the 36 ms the project's own site took to render.
   */
  function unclosedRawLine(src: string): number | null {
    if (!settings.kept) return unclosedRaw(src);
    const line = settings.kept.textOf('raw', src, () => String(unclosedRaw(src) ?? ''));
    return line === '' ? null : Number(line);
  }

  function compileNunjucks(src: string, file: string, firstLine: number): CompiledTemplate {
    const rawLine = unclosedRawLine(src);
    if (rawLine !== null) throw new KilnError('template error: {% raw %} is not closed', file, rawLine + firstLine);
    let template: Template;
    try {
      template = compiled.template(src, env, file);
    } catch (e) {
      throw templateError(e, file, firstLine, src);
    }
    sourceOf.set(template, src);
    return { render: (context) => renderTop(template, context, file, firstLine) };
  }
}

export type Templates = ReturnType<typeof createTemplates>;

/**
 * The text in pieces, each marker replaced by its fragment (a piece of its own) or its bytes (a
 * part of the own piece around it), when the text holds exactly the markers made so far, in
 * order; null otherwise.
 */
function spliceMarkers(text: string, used: readonly (string | Buffer)[]): Pieces | null {
  if (used.length === 0) return [text];
  const parts = text.split(MARKER);
  if (parts.length !== 2 * used.length + 1 || used.some((_, k) => parts[2 * k + 1] !== String(k))) return null;
  const pieces: Own[] = [];
  let own: Array<string | Buffer> = [parts[0]!];
  used.forEach((marked, k) => {
    const after = parts[2 * k + 2]!;
    if (typeof marked !== 'string') own.push(marked, after);
    else {
      pieces.push(ownPiece(own), marked);
      own = [after];
    }
  });
  pieces.push(ownPiece(own));
  return pieces;
}

/** An own piece of these parts: a string when it has no bytes, without empty parts. */
function ownPiece(parts: readonly (string | Buffer)[]): Own {
  if (parts.length === 1) return parts[0] as string;
  const kept = parts.filter((part) => part.length > 0);
  return kept.every((part) => typeof part === 'string') ? kept.join('') : kept;
}

/**
 * A Nunjucks runtime error as `FILE:LINE: message`: FILE is `origin`, the template it happened in
 * (`file`, or an include of it); the line is Nunjucks' (counted from 0 at run time) when Nunjucks
 * caught it in that same template, else unknown.
 */
function runtimeError(e: unknown, origin: string, file: string, firstLine: number, src: string | undefined): KilnError {
  const placed = placedError(e);
  if (placed) return placed;
  const message = e instanceof Error ? e.message : String(e);
  const text = (message.split('\n').pop() ?? message)
    .trim()
    .replace(/^(Template render error: |Error: |KilnError: )+/, '');
  // Nunjucks names the template that caught the error first, with its line counted from 0:
  // "(path) [Line N, Column M]". It is the right line when that is where the error happened.
  const caught = /\(([^()\s]+)\) \[Line (\d+)/.exec(message);
  let line: number | undefined;
  const paths = [...message.matchAll(/\(([^()\s]+)\)/g)];
  const innermost = paths[paths.length - 1]?.[1];
  if (caught && caught[1] === origin) line = Number(caught[2]) + 1;
  // Nunjucks leaves out "[Line 0" (the first line).
  else if (!caught && innermost === origin && (e as { lineno?: unknown }).lineno === 0) line = 1;
  else if (src !== undefined) line = guessLine(src, text);
  if (line !== undefined && origin === file) line += firstLine - 1;
  return new KilnError(`template error: ${text}`, origin, line, { cause: e });
}

/** A KilnError with a file inside a Nunjucks error (an include's, reported by the loader). */
function placedError(e: unknown): KilnError | undefined {
  for (let inner = e, n = 0; inner && typeof inner === 'object' && n < 10; inner = (inner as Error).cause, n++)
    if (inner instanceof KilnError && inner.file) return inner;
  return undefined;
}

/** Turns a Nunjucks compile error into `file:line: message`. */
function templateError(e: unknown, file: string, firstLine: number, src: string): KilnError {
  const placed = placedError(e);
  if (placed) return placed;
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
  m = /(?:Could not find post|Could not parse name of post|no file) "([^"]+)"/.exec(text);
  if (m) return find(new RegExp(esc(m[1]!)));
  if (text.startsWith('range: ')) return find(/\brange\s*\(/);
  // Too deep: the include the innermost template was making.
  if (text.startsWith('include: nested')) return find(/\{%-?\s*include\b/);
  m = /Unable to call `([^`]+)`/.exec(text);
  if (m) return find(new RegExp(`${esc(m[1]!.replace(/\["([^"]+)"\]/g, '.$1'))}\\s*\\(`));
  // A site plugin's tag or filter threw (site-plugins.ts names it).
  m = /^(tag|filter) ([\w-]+) \(_plugins\//.exec(text);
  if (m) return find(m[1] === 'tag' ? new RegExp(`\\{%-?\\s*${esc(m[2]!)}\\b`) : new RegExp(`\\|\\s*${esc(m[2]!)}\\b`));
  m = /unknown block tag: (\S+)/.exec(text);
  if (m) return find(new RegExp(`\\{%-?\\s*${esc(m[1]!)}\\b`));
  return undefined;
}
