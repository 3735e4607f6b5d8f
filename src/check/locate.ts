import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Config } from '../config/types.js';
import { buildSite } from '../model/build-site.js';
import { languageBuilds } from '../plugins/multiple-languages.js';
import { parseFrontMatter } from '../source/front-matter.js';
import { readSource } from '../source/read-source.js';
import type { Document } from '../source/types.js';

/**
 * Maps the output pages `kiln check` reports to the source files an author edits, and a link
 * or image to the line of the source that writes it. Reads the source as a build would (config,
 * files, front matter, site model); a source that does not model (it would not build either)
 * gives no locations, and check reports pages alone.
 */
export function sourceLocator(config: Config): (page: string, target?: string) => string | undefined {
  const sources = new Map<string, string>();
  // Layouts and includes, where a link that the page's own file does not write comes from.
  const templates: string[] = [];
  try {
    const files = readSource(config);
    for (const f of files) if (f.kind === 'layout' || f.kind === 'include') templates.push(f.path);
    const docs: Document[] = [];
    for (const f of files)
      if (f.kind !== 'static' && f.kind !== 'include' && f.kind !== 'data')
        docs.push(parseFrontMatter(f, config.templateEngine === 'liquid', config.timezone));
    // A jekyll-multiple-languages site: each language's pages, in its folder.
    for (const b of languageBuilds(config, files, docs)) {
      const site = buildSite(b.config, b.docs, b.files);
      // Not one whose URL a later file took: that file's output is there.
      for (const item of [...site.posts, ...site.pages, ...site.collections.flatMap((c) => c.docs)])
        if (item.written !== false) sources.set(b.prefix + item.outputPath.replace(/^\/+/, ''), item.path);
    }
  } catch {
    return () => undefined;
  }
  const texts = new Map<string, string[]>();
  const lineOf = (file: string, written: string[]) => {
    let lines = texts.get(file);
    if (!lines) {
      lines = readFileSync(join(config.source, file), 'utf8').split('\n');
      texts.set(file, lines);
    }
    const at = lines.findIndex((l) => written.some((w) => w && l.includes(w)));
    return at < 0 ? undefined : `${file}:${at + 1}`;
  };
  return (page, target) => {
    const source = sources.get(page);
    if (!source || target === undefined) return source;
    // The link as written: the URL itself, or without the baseurl that relative_url adds.
    const base = config.baseurl.replace(/\/+$/, '');
    const written = [target, base && target.startsWith(`${base}/`) ? target.slice(base.length) : ''];
    const inTemplate = () => templates.map((t) => lineOf(t, written)).find((l) => l !== undefined);
    return lineOf(source, written) ?? inTemplate() ?? source;
  };
}

/**
 * `page.html: link /x: no such file` → `_posts/a.md:12: link /x: no such file (page.html)`, when
 * the page has a source; problems of files without one (a static file, a feed) stay as they are.
 */
export function atSource(problem: string, locate: (page: string, target?: string) => string | undefined): string {
  const m = /^([^:]+): (?:(?:link|image) (\S+): )?/.exec(problem);
  if (!m) return problem;
  const where = locate(m[1]!, m[2]);
  if (!where || where === m[1]) return problem;
  return `${where}: ${problem.slice(m[1]!.length + 2)} (${m[1]})`;
}
