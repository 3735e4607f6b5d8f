import { type BuildCache, createBuildCache } from './build-cache.js';
import { loadConfig } from './config/load-config.js';
import type { BuildFlags, Config } from './config/types.js';
import { buildSite } from './model/build-site.js';
import { renderSite } from './render/render-site.js';
import { collectErrors, KilnErrors } from './shared/errors.js';
import type { Log } from './shared/log.js';
import { parseFrontMatter } from './source/front-matter.js';
import { readSource } from './source/read-source.js';
import type { Document } from './source/types.js';
import { verifyOutput } from './verify/verify-output.js';
import { type WriteReport, writeSite } from './write/write-site.js';

/** The result of one build: what was written, and how long it took. */
export interface BuildResult {
  readonly config: Config;
  readonly report: WriteReport;
  readonly ms: number;
}

/**
 * The whole pipeline, in the order it runs. Nothing is written until every page has rendered
 * and every feed has been checked, so a failed build leaves the destination as it was.
 */
export async function build(flags: BuildFlags, log: Log, cache?: BuildCache): Promise<BuildResult> {
  const start = performance.now();
  const config = log.task('config', () => loadConfig(flags));
  if (!cache) log.info(`kiln: building ${config.source} into ${config.destination}`);
  if (cache) resetIfConfigChanged(cache, config);
  const files = log.task('read', () => readSource(config, cache));
  const docs = log.task('front matter', () => {
    const out: Document[] = [];
    collectErrors(
      files.filter((f) => f.kind !== 'static' && f.kind !== 'include' && f.kind !== 'data'),
      (f) => {
        let doc = cache?.documents.get(f);
        if (!doc) {
          doc = parseFrontMatter(f);
          cache?.documents.set(f, doc);
        }
        out.push(doc);
      },
    );
    return out;
  });
  const site = log.task('model', () => buildSite(config, docs, files, cache?.posts));
  if (config.strict && site.warnings.length) throw new KilnErrors(site.warnings.map((w) => w.asError()));
  for (const w of site.warnings) log.warn(w.format());
  const outputs = await log.taskAsync('render', () => renderSite(site, cache));
  log.task('verify', () => verifyOutput(outputs));
  if (cache) markVerified(cache, outputs);
  const report = await log.taskAsync('write', () => writeSite(config.destination, outputs, cache?.manifest));
  return { config, report, ms: performance.now() - start };
}

/** Feeds that passed the check may be reused unchecked by later rebuilds; a failed build marks none. */
function markVerified(cache: BuildCache, outputs: readonly { path: string }[]): void {
  for (const o of outputs) {
    const entry = o.path.endsWith('.xml') ? cache.outputs.get(o.path) : undefined;
    if (entry) entry.verified = true;
  }
}

/** Every cached result belongs to one configuration: a changed _config.yml starts afresh. */
function resetIfConfigChanged(cache: BuildCache, config: Config): void {
  const key = JSON.stringify({ ...config, time: undefined, siteData: { ...config.siteData, time: undefined } });
  if (cache.optionsKey === key) return;
  // Kept: what the watcher reported, and the manifest the destination holds.
  const { dirty, eventsComplete, manifest } = cache;
  Object.assign(cache, createBuildCache(), { dirty, eventsComplete, manifest, optionsKey: key });
}

/** `N written, M unchanged, K removed in T ms` */
export function formatReport(result: BuildResult): string {
  const r = result.report;
  return `${r.written} written, ${r.unchanged} unchanged, ${r.removed} removed in ${Math.round(result.ms)} ms`;
}
