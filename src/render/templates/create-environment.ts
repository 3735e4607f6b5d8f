import nunjucks from 'nunjucks';
import { KilnError } from '../../shared/errors.js';
import { collectionFilters } from './filters/collections.js';
import { dateFilters } from './filters/dates.js';
import { textFilters } from './filters/text.js';
import { urlFilters } from './filters/urls.js';
import { liquidToNunjucks } from './liquid-compat.js';
import { HighlightTag, TocTag } from './tags.js';

/** A compiled template and the file it came from, for error messages. */
export interface CompiledTemplate {
  render(context: Record<string, unknown>): string;
}

/** What the template environment needs to know of the site. */
export interface TemplateSettings {
  readonly includes: ReadonlyMap<string, string>;
  readonly timezone: string;
  readonly time: number;
  readonly url: string;
  readonly baseurl: string;
  readonly markdownify: (src: string) => string;
}

/** The Nunjucks environment of one build: includes from memory, Jekyll's filters and tags. */
export function createTemplates(settings: TemplateSettings) {
  const loader = {
    getSource(name: string) {
      const src = settings.includes.get(name);
      if (src === undefined) return null as unknown as nunjucks.LoaderSource;
      return { src: liquidToNunjucks(src, false), path: `_includes/${name}`, noCache: false };
    },
  };
  // Output is not escaped, as in Jekyll; templates escape with filters.
  const env = new nunjucks.Environment(loader, { autoescape: false, throwOnUndefined: false });
  const filters = {
    ...dateFilters(settings.timezone, settings.time),
    ...urlFilters(settings.url, settings.baseurl),
    ...textFilters(settings.markdownify),
    ...collectionFilters(),
  };
  for (const [name, fn] of Object.entries(filters)) env.addFilter(name, fn);
  env.addExtension('toc', new TocTag());
  env.addExtension('highlight', new HighlightTag());

  return {
    /** Compiles a template once; `firstLine` is the file line its text starts on. */
    compile(src: string, file: string, firstLine: number, isContent: boolean): CompiledTemplate {
      let template: nunjucks.Template;
      try {
        template = new nunjucks.Template(liquidToNunjucks(src, isContent), env, file, true);
      } catch (e) {
        throw templateError(e, file, firstLine);
      }
      return {
        render(context) {
          try {
            return template.render(context);
          } catch (e) {
            throw templateError(e, file, firstLine);
          }
        },
      };
    },
  };
}

export type Templates = ReturnType<typeof createTemplates>;

/** Turns a Nunjucks error into `file:line: message`, pointing into an include when it failed there. */
function templateError(e: unknown, file: string, firstLine: number): KilnError {
  if (e instanceof KilnError) return e;
  const message = e instanceof Error ? e.message : String(e);
  const lines = message.split('\n').map((l) => l.trim()).filter(Boolean);
  const paths = [...message.matchAll(/\(([^()\s]+)\)(?: \[Line (\d+), Column \d+\])?/g)];
  const last = paths[paths.length - 1];
  const where = last && last[1] !== 'unknown' && last[1] !== file && last[1]!.startsWith('_includes/') ? last[1]! : file;
  const lineMatch = last?.[2] ?? /\[Line (\d+), Column \d+\]/.exec(message)?.[1];
  const line = lineMatch === undefined ? undefined : where === file ? Number(lineMatch) + firstLine - 1 : Number(lineMatch);
  const text = (lines[lines.length - 1] ?? message).replace(/^(Template render error: |Error: )+/, '');
  return new KilnError(`template error: ${text}`, where, line, { cause: e });
}
