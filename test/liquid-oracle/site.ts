import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA, INCLUDES, PAGE_FRONT_MATTER, POSTS, RELATIVE } from './generate.js';

/**
 * The site the Liquid fuzz builds with Jekyll and with kiln: one page per template
 * (`t/0000.html` …), each with the variables of PAGE_FRONT_MATTER as `page.*` and DATA as
 * `site.data.fz.*`, the posts and includes of POSTS and INCLUDES (RELATIVE in `t/`), so that Jekyll starts once for all of them.
 */
export const CONFIG = `template_engine: liquid
title: Liquid fuzz
url: "https://example.com"
baseurl: "/blog"
timezone: UTC
`;

export function pagePath(i: number): string {
  return `t/${String(i).padStart(4, '0')}.html`;
}

/** The page number a path names (`t/0012.html` → 12), or undefined. */
export function pageNumber(text: string): number | undefined {
  const m = /\bt\/(\d{4})\.html/.exec(text);
  return m ? Number(m[1]) : undefined;
}

/** Writes the site for `templates` into `dir`, leaving out the pages numbered in `skip`. */
export function writeSite(dir: string, templates: readonly string[], skip: ReadonlySet<number> = new Set()): void {
  mkdirSync(join(dir, 't'), { recursive: true });
  mkdirSync(join(dir, '_data'), { recursive: true });
  writeFileSync(join(dir, '_config.yml'), CONFIG);
  writeFileSync(join(dir, '_data', 'fz.yml'), DATA);
  for (const [folder, files] of [
    ['_posts', POSTS],
    ['_includes', INCLUDES],
    ['t', RELATIVE],
  ] as const) {
    mkdirSync(join(dir, folder), { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, folder, name), text);
  }
  for (const [i, template] of templates.entries())
    if (!skip.has(i)) writeFileSync(join(dir, pagePath(i)), `---\n${PAGE_FRONT_MATTER}---\n${template}`);
}

/** What a build wrote for each page (undefined where it wrote nothing). */
export function readPages(dest: string, count: number): Array<string | undefined> {
  return Array.from({ length: count }, (_, i) => {
    const file = join(dest, pagePath(i));
    return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  });
}
