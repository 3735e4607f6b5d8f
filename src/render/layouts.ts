import type { Layout, Site } from '../model/types.js';
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
    let layoutVars: Readonly<Record<string, unknown>> = {};
    while (name !== null) {
      this.used(name);
      const layout = this.site.layouts.get(name);
      // A layout that does not exist ends the chain (the model warned about it), and so does one
      // already applied: Jekyll renders each layout of a loop (`a` → `b` → `a`) once and stops.
      if (!layout || seen.has(name)) break;
      seen.add(name);
      // `layout` holds each layout's front matter, an inner layout's keys winning, as in Jekyll.
      layoutVars = deepMerge(layout.doc.data, layoutVars);
      html = this.template(layout).render({ site: this.siteVars, ...vars, content: html, layout: layoutVars });
      name = layout.layout;
    }
    return html;
  }

  /** Compiles every layout ahead (one that does not compile is reported when an output uses it). */
  prepare(): void {
    for (const layout of this.site.layouts.values())
      try {
        this.template(layout);
      } catch {}
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

/** `over` merged into `base`, nested mappings merged key by key (Jekyll's deep_merge_hashes). */
function deepMerge(
  base: Readonly<Record<string, unknown>>,
  over: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const before = out[key];
    out[key] = isMapping(before) && isMapping(value) ? deepMerge(before, value) : value;
  }
  return out;
}

function isMapping(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);
}
