import type { Config } from '../config/types.js';
import { checkUtf8 } from '../shared/utf8.js';
import { parseFrontMatter } from '../source/front-matter.js';
import { type Document, type SourceFile, textFile } from '../source/types.js';
import { pagePlacement } from './page.js';
import { asRendered } from './render-with-liquid.js';
import type { FrontMatter, Page } from './types.js';

// A static file's page document, made once per file read (a watch keeps unchanged files).
const documents = new WeakMap<SourceFile, Document>();

/**
 * A page of a Markdown file Jekyll read as a static file (it has no front matter), as the plugin
 * `addedBy` makes it: Jekyll's Page of that file, its front matter the `defaults:` for its path,
 * with `own` (jekyll-readme-index's permalink) over them.
 */
export function pageOfFile(file: SourceFile, config: Config, addedBy: Page['addedBy'], own: FrontMatter = {}): Page {
  let doc = documents.get(file);
  if (!doc) {
    // Read as a page, it must be text, as every page must.
    checkUtf8(file.bytes, file.path);
    doc = parseFrontMatter(
      textFile(file.path, 'page', file.bytes.toString('utf8'), file.mtimeMs),
      config.templateEngine === 'liquid',
      config.timezone,
    );
    documents.set(file, doc);
  }
  const { url, outputPath, data, layout } = pagePlacement(doc, config, own);
  return {
    doc: asRendered(doc, data),
    path: file.path,
    url,
    outputPath,
    data,
    layout,
    isMarkdown: true,
    paginator: null,
    addedBy,
  };
}

/** The file name without its extension, as Ruby's File.basename(name, File.extname(name)) gives it. */
export function baseName(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? name : name.slice(0, dot);
}
