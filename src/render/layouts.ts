import type { Layout, Site } from '../model/types.js';
import { KilnError } from '../shared/errors.js';
import { lineOfKey } from '../source/front-matter.js';
import type { CompiledTemplate, Templates } from './templates/create-environment.js';

/** Applies nested layouts, compiling each layout once per build. */
export class LayoutRenderer {
  private readonly compiled = new Map<string, CompiledTemplate>();

  /** `used`: told each layout an output is put in, as it is read. */
  constructor(
    private readonly site: Site,
    private readonly templates: Templates,
    private readonly siteVars: Record<string, unknown>,
    private readonly used: (name: string) => void,
  ) {}

  apply(first: string | null, content: string, vars: Record<string, unknown>): string {
    let html = content;
    let name = first;
    const seen = new Set<string>();
    while (name !== null) {
      this.used(name);
      const layout = this.site.layouts.get(name);
      // A layout that does not exist ends the chain (the model warned about it).
      if (!layout) break;
      if (seen.has(name))
        throw new KilnError(`layout "${name}" includes itself`, layout.doc.file.path, lineOfKey(layout.doc, 'layout'));
      seen.add(name);
      html = this.template(layout).render({ site: this.siteVars, ...vars, content: html, layout: layout.doc.data });
      name = layout.layout;
    }
    return html;
  }

  private template(layout: Layout): CompiledTemplate {
    let t = this.compiled.get(layout.name);
    if (!t) {
      t = this.templates.compile(layout.doc.body, layout.doc.file.path, layout.doc.bodyLine, false);
      this.compiled.set(layout.name, t);
    }
    return t;
  }
}
