import type { Config } from '../config/types.js';
import type { KilnWarning } from '../shared/errors.js';
import type { Document, SourceFile } from '../source/types.js';

/** Front matter after `defaults:` are applied. */
export type FrontMatter = Readonly<Record<string, unknown>>;

/** A post (or a draft shown with --drafts). */
export interface Post {
  readonly doc: Document;
  readonly path: string;
  readonly slug: string;
  readonly date: number;
  readonly title: string;
  readonly categories: readonly string[];
  readonly tags: readonly string[];
  readonly url: string;
  readonly id: string;
  readonly outputPath: string;
  readonly data: FrontMatter;
  readonly layout: string | null;
  readonly isMarkdown: boolean;
  readonly isDraft: boolean;
}

/** jekyll-paginate's `paginator`; `posts` are indexes into Site.posts. */
export interface Paginator {
  readonly page: number;
  readonly perPage: number;
  readonly postIndexes: readonly number[];
  readonly totalPosts: number;
  readonly totalPages: number;
  readonly previousPage: number | null;
  readonly previousPagePath: string | null;
  readonly nextPage: number | null;
  readonly nextPagePath: string | null;
}

/** A rendered page; a paginated index page appears once per paginator page. */
export interface Page {
  readonly doc: Document;
  readonly path: string;
  readonly url: string;
  readonly outputPath: string;
  readonly data: FrontMatter;
  readonly layout: string | null;
  readonly isMarkdown: boolean;
  readonly paginator: Paginator | null;
}

/** A file copied byte for byte. */
export interface StaticFile {
  readonly file: SourceFile;
  readonly url: string;
  readonly outputPath: string;
}

/** A layout: its name, front matter and template text. */
export interface Layout {
  readonly name: string;
  readonly doc: Document;
  readonly layout: string | null;
}

/** The whole site as plain data: what the render stage turns into files. */
export interface Site {
  readonly config: Config;
  /** Newest first. */
  readonly posts: readonly Post[];
  readonly pages: readonly Page[];
  readonly staticFiles: readonly StaticFile[];
  readonly layouts: ReadonlyMap<string, Layout>;
  /** Include path under _includes → its text. */
  readonly includes: ReadonlyMap<string, string>;
  readonly data: Readonly<Record<string, unknown>>;
  /** What Jekyll builds anyway but kiln reports; `--strict` turns them into errors. */
  readonly warnings: readonly KilnWarning[];
}
