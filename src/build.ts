import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BuildCache, createBuildCache, type LastBuild, type SiteCounts } from './build-cache.js';
import { configWarnings, loadConfig } from './config/load-config.js';
import type { BuildFlags, Config } from './config/types.js';
import { buildSite, createModelMemory, type ModelMemory } from './model/build-site.js';
import type { Site } from './model/types.js';
import { type LastModifiedTimes, readLastModified } from './plugins/last-modified/times.js';
import { languageBuilds } from './plugins/multiple-languages.js';
import { polyglotBuilds, polyglotOutputs } from './plugins/polyglot.js';
import { loadSitePlugins } from './plugins/site-plugins.js';
import { KeptRenders, type RenderStore } from './render/kept.js';
import { aheadOf, markdownPool, postsToRead } from './render/markdown/ahead.js';
import type { MarkdownPool } from './render/markdown/pool.js';
import { createRenderMemo } from './render/memo.js';
import { renderSite } from './render/render-site.js';
import type { OutputFile } from './render/types.js';
import { INLINE_LESS_FROM, inlineLess } from './shared/compiler-flags.js';
import { collectErrors, KilnErrors, type KilnWarning, namedFiles } from './shared/errors.js';
import type { Log } from './shared/log.js';
import { MANIFEST_NAME } from './shared/output-path.js';
import { byPath, sameItems } from './shared/paths.js';
import { Classifier } from './source/classify.js';
import { checkDefaultDestination } from './source/default-destination.js';
import { parseFrontMatter } from './source/front-matter.js';
import { readSource } from './source/read-source.js';
import { readTheme, readThemeData, shownPaths } from './source/theme.js';
import { type Document, hasDocumentKind, type SourceFile } from './source/types.js';
import { verifyOutput } from './verify/verify-output.js';
import { type DestinationLock, lockDestination } from './write/lock.js';
import { recordedIn } from './write/plan-writes.js';
import { type OnCommitStep, recoverStaging, Staging } from './write/staging.js';
import { type WriteReport, writeSite } from './write/write-site.js';

/** The result of one build: what the site holds, what was written, and how long it took. */
export interface BuildResult {
  readonly config: Config;
  readonly report: WriteReport;
  readonly counts: SiteCounts;
  readonly ms: number;
}

export type { SiteCounts } from './build-cache.js';

/**
 * The whole pipeline, in the order it runs. Nothing is written until every page has rendered
 * and every feed has been checked, so a failed build leaves the destination as it was. With
 * `store`, it takes what earlier builds rendered from it (kept.ts), and keeps its own there
 * once it succeeded (a watch gives it to its first build: then its memo keeps what it renders).
 * With `tuneCompiler` (the installed command's `kiln build`, never a host's build nor a watch's),
 * a build of many posts lowers V8's inlining budget while it runs (shared/compiler-flags.ts).
 */
export async function build(
  flags: BuildFlags,
  log: Log,
  cache?: BuildCache,
  onCommitStep?: OnCommitStep,
  store?: RenderStore,
  tuneCompiler = false,
): Promise<BuildResult> {
  const start = performance.now();
  const config = log.task('config', () => loadConfig(flags));
  checkDefaultDestination(config);
  if (!cache) log.info(`kiln: building ${config.source} into ${config.destination}`);
  // Warnings about the config are printed once per configuration, not on every rebuild of a watch.
  const freshConfig = !cache || resetIfConfigChanged(cache, config);
  const configWarned = configWarnings(config);
  if (config.strict && configWarned.length) throw new KilnErrors(configWarned.map((w) => w.asError()));
  if (freshConfig) for (const w of configWarned) log.warn(w.format());
  // One kiln per destination: a build holds it while it runs, a watch for as long as it watches.
  const held = cache?.manifest.lock;
  let lock: DestinationLock | undefined;
  if (held?.destination !== config.destination) {
    lock = lockDestination(config.destination, cache ? 'kiln watch' : 'kiln build', log.warn);
    if (cache) {
      held?.release();
      cache.manifest.lock = lock;
      cache.manifest.last = undefined;
    }
  }
  try {
    if (lock) {
      const recovered = recoverStaging(config.destination, onCommitStep);
      if (recovered) log.warn(`kiln: ${config.destination}: ${recovered}`);
    }
    return await buildLocked(config, log, start, cache, onCommitStep, store, tuneCompiler);
  } finally {
    if (!cache) lock?.release();
  }
}

async function buildLocked(
  built: Config,
  log: Log,
  start: number,
  cache: BuildCache | undefined,
  onCommitStep: OnCommitStep | undefined,
  store: RenderStore | undefined,
  tuneCompiler: boolean,
): Promise<BuildResult> {
  let config = built;
  // What the watcher reported, before reading takes it in.
  const changed = cache ? [...cache.dirty] : [];
  // Read first, so that the pool is given only what is not kept.
  const kept =
    store && !config.disableDiskCache
      ? log.task('read', () => KeptRenders.open(store, config.source, config.markdown))
      : undefined;
  // Documents by file: a watch's, kept from build to build, or this build's own.
  const documents = cache?.documents ?? new WeakMap<SourceFile, Document>();
  // Markdown workers start once the source is listed, when there are posts enough to read anew
  // (in a watch, only files read anew are parsed anew), and render the bodies that need no
  // template as their files are read, while this thread reads on.
  let pool: MarkdownPool | undefined;
  // git reads the history while this thread reads the source.
  const timesAhead = config.plugins.has('jekyll-last-modified-at')
    ? readLastModified(config.source, cache && (cache.history ??= {}))
    : undefined;
  let defaultInlining: (() => void) | undefined;
  try {
    const files = log.task('read', () =>
      withTheme(
        config,
        readSource(config, cache, {
          listed: (listed) => {
            const posts = postsToRead(config, listed);
            // A site built once per language (jekyll-multiple-languages) renders its Markdown itself.
            if (!config.multipleLanguages && !config.polyglot) pool = markdownPool(config, posts, kept);
            // V8 inlines less while a build of many posts runs (compiler-flags.ts).
            if (tuneCompiler && posts >= INLINE_LESS_FROM) defaultInlining = inlineLess();
          },
          read: (file) => {
            if (pool && hasDocumentKind(file.kind))
              log.task('front matter', () => parseAhead(file, documents, pool!, config));
          },
        }),
        cache,
      ),
    );
    // jekyll-last-modified-at's times come from git and the file system, not from the files' text.
    if (timesAhead) {
      const times = await log.taskAsync('git', () => timesAhead);
      config = { ...config, lastModifiedTimes: times };
      if (cache) forgetIfTimesChanged(cache, files, times);
    }
    // The theme's data, which the site's is merged over: Jekyll 4.3 reads it itself, earlier
    // Jekylls with jekyll-data.
    if (config.theme && (config.jekyllVersion === 4 || config.plugins.has('jekyll-data')))
      config = { ...config, themeData: readThemeData(config.theme.dir, cache && (cache.theme ??= new Map())) };
    const last = cache?.last;
    if (cache) cache.last = undefined;
    // The destination emptied by hand (its manifest gone) is written again, as by any rebuild.
    if (cache && last && sameInputs(last, files, changed) && existsSync(join(config.destination, MANIFEST_NAME))) {
      cache.last = last;
      for (const w of last.warnings) log.warn(w);
      const report = {
        written: 0,
        unchanged: last.outputs,
        removed: 0,
        writtenPaths: [],
        removedPaths: [],
        warnings: [],
      };
      return { config, report, counts: last.counts, ms: performance.now() - start };
    }
    // A theme's file is named by where it is, not by the path the site sees it at.
    const shown = shownPaths(config.theme?.dir, config.source, files, config.themeData);
    try {
      return await buildParsed(config, log, start, files, documents, pool, cache, onCommitStep, kept, shown);
    } catch (e) {
      throw namedFiles(e, shown);
    }
  } finally {
    try {
      await pool?.close();
    } finally {
      defaultInlining?.();
    }
  }
}

/**
 * A document parsed as its file is read, its body given to the pool at once when it needs no
 * template; one that fails is parsed again in its turn, where its error is reported in order.
 */
function parseAhead(file: SourceFile, documents: WeakMap<SourceFile, Document>, pool: MarkdownPool, config: Config) {
  let doc: Document;
  try {
    doc = parseFrontMatter(file, config.templateEngine === 'liquid', config.timezone);
  } catch {
    return;
  }
  documents.set(file, doc);
  for (const source of aheadOf(doc, config)) pool.ahead(source, doc);
}

async function buildParsed(
  config: Config,
  log: Log,
  start: number,
  files: SourceFile[],
  documents: WeakMap<SourceFile, Document>,
  pool: MarkdownPool | undefined,
  cache: BuildCache | undefined,
  onCommitStep: OnCommitStep | undefined,
  kept: KeptRenders | undefined,
  shown: (path: string) => string,
): Promise<BuildResult> {
  const docs = log.task('front matter', (progress) => {
    const out: Document[] = [];
    const toParse = files.filter((f) => hasDocumentKind(f.kind));
    collectErrors(toParse, (f) => {
      let doc = documents.get(f);
      if (!doc) {
        doc = parseFrontMatter(f, config.templateEngine === 'liquid', config.timezone);
        documents.set(f, doc);
        if (pool) for (const source of aheadOf(doc, config)) pool.ahead(source, doc);
      }
      out.push(doc);
      progress(out.length, toParse.length, 'documents read');
    });
    pool?.flush();
    return out;
  });
  const plugins = await log.taskAsync('plugins', () => loadSitePlugins(config, files));
  // What was rendered with other plugin code holds no longer.
  if (cache && cache.pluginsKey !== plugins.key) {
    if (cache.pluginsKey !== undefined) cache.render = createRenderMemo();
    cache.pluginsKey = plugins.key;
  }
  // One build of the site, or (jekyll-multiple-languages) one per language, each rendered whole
  // before the next, as relative_url's results carry over between them (multiple-languages.ts).
  const builds = config.polyglot ? polyglotBuilds(config, files, docs) : languageBuilds(config, files, docs);
  const multi = config.multipleLanguages !== null || config.polyglot !== null;
  const sites: Site[] = [];
  const warned: string[] = [];
  const seen = new Set<string>();
  for (const b of builds) {
    const made = log.task('model', () =>
      buildSite(b.config, b.docs, b.files, multi ? createModelMemory() : cache?.model),
    );
    if (config.strict && made.warnings.length) throw new KilnErrors(made.warnings.map((w) => w.asError()));
    // A warning about a page every language has is printed once.
    for (const text of made.warnings.map((w) => w.named(shown).format()))
      if (!multi || !seen.has(text)) {
        seen.add(text);
        log.warn(text);
        warned.push(text);
      }
    sites.push(made);
  }
  const site = sites[0]!;
  // A build into a destination with no manifest writes every output: the writing thread makes
  // their folders and files while the pages render. Until the commit is decided, a failure
  // throws them away.
  const prepared =
    !cache && !multi && !existsSync(join(config.destination, MANIFEST_NAME))
      ? new Staging(config.destination)
      : undefined;
  prepared?.prepare(outputPathsOf(site));
  // Markup Ruby Liquid's strict parser rejects: said once per place (Jekyll says a layout's on
  // every page it renders), an error under --strict.
  const liquidWarned = new Set<string>();
  const warnLiquid = (warning: KilnWarning) => {
    if (config.strict) throw warning.asError();
    const text = warning.named(shown).format();
    if (liquidWarned.has(text)) return;
    liquidWarned.add(text);
    log.warn(text);
    warned.push(text);
  };
  let report: WriteReport;
  try {
    const perLanguage: OutputFile[][] = [];
    for (const [i, made] of sites.entries()) {
      const rendered = await log.taskAsync('render', (progress) =>
        multi
          ? renderSite(made, undefined, progress, plugins, undefined, false, kept, warnLiquid)
          : renderSite(made, cache?.render, progress, plugins, pool, !cache, kept, warnLiquid),
      );
      const localized = made.config.polyglotPass ? polyglotOutputs(rendered, made) : rendered;
      perLanguage.push(multi ? inFolder(localized, builds[i]!.prefix) : localized);
    }
    // jekyll-polyglot's languages build at once (forks): none empties another's folder of what it wrote.
    const outputs = multi
      ? languagesOutputs(
          perLanguage,
          builds.map((b) => b.prefix),
          config.polyglot?.parallel === true,
        )
      : perLanguage[0]!;
    // What Markdown made is kept for the next build while this one goes on (kept.ts).
    void kept?.save();
    // A build checks what it would write; a watch checks each output once (markVerified).
    const checked = log.task('verify', () =>
      verifyOutput(outputs, cache ? undefined : recordedIn(config.destination), (path) => {
        const file = files.find((f) => f.path === path);
        return file && (file.text ?? file.bytes.toString('utf8'));
      }),
    );
    if (cache) markVerified(cache, checked);
    // Post and index pages of a clean build render as the stage step writes them to the staging
    // folder, so memory holds the pages in flight, not the whole site: their time counts as
    // rendering, and replacing the site (the commit) as a stage of its own. (A watch renders every
    // page in the render stage, to keep it: nothing to look for.)
    const timed =
      !cache && outputs.some((o) => typeof o.bytes === 'function')
        ? outputs.map((o) => {
            const render = o.bytes;
            return typeof render === 'function' ? { ...o, bytes: () => log.task('render', render) } : o;
          })
        : outputs;
    report = await log.taskAsync('stage', (progress) =>
      writeSite(
        config.destination,
        timed,
        cache?.manifest,
        onCommitStep,
        progress,
        (commit) => log.task('commit', commit),
        prepared,
      ),
    );
  } catch (e) {
    await prepared?.abandon();
    await kept?.save();
    throw e;
  }
  for (const warning of report.warnings) log.warn(`kiln: ${config.destination}: ${warning}`);
  if (kept) await log.taskAsync('keep', () => kept.save());
  const allPages = sites.flatMap((s) => s.pages);
  const feeds = allPages.filter((p) => p.outputPath.endsWith('.xml')).length;
  const indexPages = allPages.filter((p) => p.paginator).length;
  const counts = {
    posts: sites.reduce((n, s) => n + s.posts.length, 0),
    pages: allPages.length - feeds - indexPages,
    indexPages,
    feeds,
    staticFiles: sites.reduce((n, s) => n + s.staticFiles.length, 0),
  };
  if (cache)
    cache.last = {
      files,
      outputs: report.written + report.unchanged,
      counts,
      warnings: warned,
      // Each language's build has a model of its own: nothing kept says what was left out for its date.
      datedAhead: multi || datedAhead(config, site, cache.model),
    };
  return { config, report, counts, ms: performance.now() - start };
}

/**
 * A language's outputs in its folder of the destination, each rendered now: the next language's
 * build must find relative_url's results as this one left them.
 */
function inFolder(outputs: readonly OutputFile[], prefix: string): OutputFile[] {
  return outputs.map((o) => {
    const bytes = typeof o.bytes === 'function' ? o.bytes() : o.bytes;
    return { ...o, path: prefix + o.path, bytes, hash: prefix ? undefined : o.hash };
  });
}

/**
 * What Jekyll leaves of the languages' outputs: each language's build empties its folder of what
 * it does not write itself (Jekyll's cleanup), so an earlier language's output there is gone (a
 * page `es/a.html` of the default language), and it writes over what an earlier one wrote.
 */
function languagesOutputs(
  perLanguage: readonly (readonly OutputFile[])[],
  folders: readonly string[],
  atOnce: boolean,
): OutputFile[] {
  const byPath = new Map<string, OutputFile>();
  perLanguage.forEach((outputs, i) => {
    const folder = folders[i]!;
    if (folder && !atOnce) for (const path of [...byPath.keys()]) if (path.startsWith(folder)) byPath.delete(path);
    for (const o of outputs) byPath.set(o.path, o);
  });
  return [...byPath.values()];
}

/** Where the site's posts, documents, pages and static files are written (plugins' outputs aside). */
function outputPathsOf(site: Site): string[] {
  const paths = site.posts.map((p) => p.outputPath);
  for (const c of site.collections) for (const d of c.docs) if (d.written) paths.push(d.outputPath);
  for (const p of site.pages) if (p.written !== false) paths.push(p.outputPath);
  for (const s of site.staticFiles) if (s.written) paths.push(s.outputPath);
  return paths;
}

/**
 * Whether a rebuild reads what the last build read: the same files (a file saved again as it was
 * is the same, source/read-source.ts), and nothing reported changed outside them (a Sass partial,
 * an `include_relative` of a file left out, or an excluded feed.xml or redirects.json a plugin
 * yields to: plugins/values.ts reads the disk on every build, and the build after such a report runs).
 * Then its output is the last build's, `site.time` included: the site stays as that build made it.
 * Not when a post or document was left out for its date: by now it may be due.
 */
function sameInputs(last: LastBuild, files: readonly SourceFile[], changed: readonly string[]): boolean {
  if (last.datedAhead || !sameItems(last.files, files)) return false;
  const paths = new Set(files.map((f) => f.path));
  return changed.every((path) => paths.has(path));
}

/**
 * Whether a post or collection document is left out, or not written, for being dated after the
 * build time (the model found the posts as it took them, without another pass over every document).
 */
function datedAhead(config: Config, site: Site, model: ModelMemory): boolean {
  if (config.future) return false;
  return model.postsAhead === true || site.collections.some((c) => c.docs.some((d) => d.date > config.time));
}

/** The theme's layouts, includes and assets join the site's files; the site's own files win. */
function withTheme(config: Config, files: SourceFile[], cache?: BuildCache): SourceFile[] {
  if (!config.theme) return files;
  const own = new Set(files.map((f) => f.path));
  const classifier = new Classifier(config);
  const theme = readTheme(
    config.theme.dir,
    (path) => own.has(path),
    (inside) => classifier.isLayout(inside),
    cache ? (cache.theme ??= new Map()) : undefined,
  );
  return theme.length === 0 ? files : [...files, ...theme].sort(byPath);
}

/** Feeds that passed the check may be reused unchecked by later rebuilds; a failed build marks none. */
function markVerified(cache: BuildCache, checked: readonly { path: string }[]): void {
  for (const o of checked) {
    const entry = cache.render.outputs.get(o.path);
    if (entry) entry.verified = true;
  }
}

/**
 * A watch renders anew when a document's last-modified time changed (a file saved, a commit made):
 * every page may list the others' times, as the sitemap does.
 */
function forgetIfTimesChanged(cache: BuildCache, files: readonly SourceFile[], times: LastModifiedTimes): void {
  const key = files
    .filter((f) => hasDocumentKind(f.kind))
    .map((f) => `${f.path}:${times.secondsOf(f.path)}`)
    .join('\n');
  if (cache.lastModifiedKey === key) return;
  if (cache.lastModifiedKey !== undefined)
    Object.assign(cache, { model: createModelMemory(), render: createRenderMemo(), last: undefined });
  cache.lastModifiedKey = key;
}

/** Every cached result belongs to one configuration: a changed _config.yml starts afresh. */
function resetIfConfigChanged(cache: BuildCache, config: Config): boolean {
  const key = JSON.stringify({
    ...config,
    time: undefined,
    clock: undefined,
    siteData: { ...config.siteData, time: undefined },
  });
  if (cache.optionsKey === key) return false;
  // Kept: what the watcher reported, and the manifest the destination holds.
  const { dirty, eventsComplete, manifest } = cache;
  Object.assign(cache, createBuildCache(), { dirty, eventsComplete, manifest, optionsKey: key });
  return true;
}
