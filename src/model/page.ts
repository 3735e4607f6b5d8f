import type { Config } from '../config/types.js';
import type { Document } from '../source/types.js';
import { applyDefaults, layoutName } from './front-matter-defaults.js';
import { expandPermalink, outputExtension, outputPathFor } from './permalink.js';
import type { FrontMatter } from './types.js';

/** The URL, output path and data of a page (a non-post file with front matter). */
export function pagePlacement(doc: Document, config: Config): { url: string; outputPath: string; data: FrontMatter; layout: string | null } {
  const data = applyDefaults(config, doc.file.path, 'pages', doc.data);
  const path = doc.file.path;
  const slash = path.lastIndexOf('/');
  const dir = slash < 0 ? '' : path.slice(0, slash);
  const name = path.slice(slash + 1);
  const dot = name.lastIndexOf('.');
  const basename = dot <= 0 ? name : name.slice(0, dot);
  const ext = outputExtension(path);
  const isIndex = basename === 'index' && ext === '.html';
  const pretty = config.permalink.endsWith('/') || config.permalink === 'pretty';
  let template: string;
  if (data.permalink !== undefined && data.permalink !== null) template = String(data.permalink);
  else if (isIndex) template = '/:path/';
  else if (pretty && ext === '.html') template = '/:path/:basename/';
  else template = '/:path/:basename:output_ext';
  const url = expandPermalink(template, { path: dir, basename, output_ext: ext });
  return { url, outputPath: outputPathFor(url, ext), data, layout: layoutName(data) };
}
