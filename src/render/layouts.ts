import type { Layout, Site } from '../model/types.js';
import { KilnError } from '../shared/errors.js';
import { lineOfKey } from '../source/front-matter.js';
import type { Document } from '../source/types.js';
import type { CompiledTemplate, Templates } from './templates/create-environment.js';

/** Applies nested layouts, compiling each layout once per build. */
export class LayoutRenderer {
  private readonly compiled = new Map<string, CompiledTemplate>();

  constructor(
    private readonly site: Site,
    private readonly templates: Templates,
    private readonly siteVars: Record<string, unknown>,
  ) {}

  apply(doc: Document, first: string | null, content: string, vars: Record<string, unknown>): string {
    let html = content;
    let name = first;
    let namedBy: { file: string; line?: number } = { file: doc.file.path, line: lineOfKey(doc, 'layout') };
    const seen = new Set<string>();
    while (name !== null) {
      const layout = this.site.layouts.get(name);
      if (!layout) {
        const fromDefaults = doc.data.layout === undefined && namedBy.file === doc.file.path;
        throw new KilnError(
          `unknown layout "${name}"${fromDefaults ? ' (set by defaults in _config.yml)' : ''}`,
          namedBy.file,
          namedBy.line,
        );
      }
      if (seen.has(name))
        throw new KilnError(`layout "${name}" includes itself`, layout.doc.file.path, lineOfKey(layout.doc, 'layout'));
      seen.add(name);
      html = this.template(layout).render({ site: this.siteVars, ...vars, content: html, layout: layout.doc.data });
      namedBy = { file: layout.doc.file.path, line: lineOfKey(layout.doc, 'layout') };
      name = layout.layout;
    }
    return html;
  }

  private template(layout: Layout): CompiledTemplate {
    let t = this.compiled.get(layout.name);
    if (!t) {
      t = this.templates.compile(
        layout.doc.body,
        layout.doc.file.path,
        layout.doc.bodyLine,
        this.site.config.templateEngine,
      );
      this.compiled.set(layout.name, t);
    }
    return t;
  }
}
