import { RubyFloat } from '../../../shared/ruby-float.js';
import type { CachedText, IncludeCache } from '../../include-cache.js';
import { DOCUMENT_VIEW, PAGE_VIEW } from '../../types.js';
import { RENDER_STATE_KEY, type RenderState } from '../tags.js';
import {
  type Context,
  Drop,
  type Emitter,
  evalToken,
  type Hash,
  type IncludeTag,
  type Liquid,
  type Parser,
  type TagToken,
  type Template,
  type Token,
  type TopLevelToken,
} from './liquidjs.js';

/** What `{% include_cached %}` needs of the build. */
export interface IncludeCacheSettings {
  readonly cache: IncludeCache;
  /** The text with the markers of the render running replaced: a text kept must stand in any render. */
  expand(text: string): string;
}

type IncludeClass = new (token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) => IncludeTag;

/**
 * jekyll-include-cache's `{% include_cached FILE param=value %}`: Jekyll's include, whose text is
 * kept for the build by the file and the values of its parameters (include-cache.ts decides which
 * call's text stands). A hit outputs the text alone: the include's assigns and counters do not run.
 */
export function includeCachedTag(Include: IncludeClass, settings: IncludeCacheSettings) {
  return class extends Include {
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid, parser: Parser) {
      super(token, remain, liquid, parser);
      settings.cache.used = true;
    }
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const self = this as unknown as { file: unknown; hash: Hash };
      const file = self.file;
      const name =
        typeof file === 'string'
          ? file
          : Array.isArray(file)
            ? yield this.liquid.renderer.renderTemplates(file as Template[], ctx)
            : yield evalToken(file as Token, ctx);
      const params = Object.keys(self.hash.hash).length
        ? ((yield self.hash.render(ctx)) as Record<string, unknown>)
        : null;
      const id = cacheKey(String(name), params, ctx.getSync(['site']));
      const state = (ctx.environments as Record<string, unknown>)[RENDER_STATE_KEY] as RenderState | undefined;
      const known = settings.cache.take(id);
      if (known) {
        // Its highlighted blocks go through this body's Markdown as they went through the first's.
        if (state?.markdown === true && known.blocks.length) {
          state.placeholders.push(...known.placeholders);
          (state.blocks ??= []).push(...known.blocks);
        }
        emitter.write(known.text);
        return;
      }
      const out = emitter as unknown as { buffer: string };
      const [at, placed, blocked] = [out.buffer.length, state?.placeholders.length ?? 0, state?.blocks?.length ?? 0];
      yield* super.render(ctx, emitter);
      const made: CachedText = {
        text: settings.expand(out.buffer.slice(at)),
        placeholders: state?.placeholders.slice(placed) ?? [],
        blocks: state?.blocks?.slice(blocked) ?? [],
      };
      settings.cache.made(id, made);
    }
  };
}

/**
 * The plugin's key: the include's file, and its parameters' values in the order of their names
 * (the names themselves left out: `a=x` and `b=x` are one key), each as Ruby hashes it: by
 * value, but a Jekyll drop (a post or document, the site, a loop's `forloop`) by identity. A
 * page's `page`, a Hash in Jekyll, hashes by its fields, which tell pages apart: one key per page.
 * No parameters is a key of its own.
 */
function cacheKey(file: string, params: Record<string, unknown> | null, site: unknown): string {
  if (params === null) return `${file}\u0000-`;
  const names = Object.keys(params).sort();
  return `${file}\u0000${names.map((n) => valueKey(params[n], site)).join('\u0000')}`;
}

const identities = new WeakMap<object, number>();
let identified = 0;

function identity(v: object): string {
  let id = identities.get(v);
  if (id === undefined) identities.set(v, (id = ++identified));
  return `#${id}`;
}

function valueKey(v: unknown, site: unknown): string {
  if (v === null || v === undefined) return 'nil';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return Number.isInteger(v) ? `${v}` : `${v}f`;
  if (v instanceof RubyFloat) return `${+v}f`;
  if (typeof v !== 'object') return String(v);
  if (v instanceof Date) return `@${v.getTime()}`;
  if (Array.isArray(v)) return `[${v.map((x) => valueKey(x, site)).join(',')}]`;
  if (v === site || v instanceof Drop || DOCUMENT_VIEW in v || PAGE_VIEW in v) return identity(v);
  const hash = v as Record<string, unknown>;
  const entries = Object.keys(hash)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${valueKey(hash[k], site)}`);
  return `{${entries.join(',')}}`;
}
