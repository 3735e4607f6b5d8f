import { toFloat } from '../../../shared/ruby-float.js';
import { type Context, toValueSync } from './liquidjs.js';

/**
 * Ruby Liquid's `context[markup]`, which Jekyll's tag plugins use to read an argument that may be
 * a variable: a quoted text without its quotes, an integer, a float (`1.50` is 1.5, `2.0` a RubyFloat), a range, `true`/`false`,
 * `nil`/`null`/`''` (nil: undefined), `blank`/`empty` (''), else a variable looked up (`page.gist`,
 * `list[0]`, `list.size`). Its text is Liquid's own (`0012` is 12, `1.50` is 1.5) where that
 * differs from JavaScript's.
 */
export function contextValue(markup: string, ctx: Context): unknown {
  const m = markup.replace(/^[\s\0]+|[\s\0]+$/g, '');
  const q = m[0];
  if ((q === '"' || q === "'") && m.endsWith(q)) return m.slice(1, -1);
  if (/^-?\d+$/.test(m)) return BigInt(m);
  const range = /^\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)$/.exec(m);
  if (range) return `${rangeEnd(range[1]!, ctx)}..${rangeEnd(range[2]!, ctx)}`;
  if (/^-?\d[\d.]+$/.test(m)) return toFloat(Number.parseFloat(m));
  if (m === '' || m === 'nil' || m === 'null') return undefined;
  if (m === 'true' || m === 'false') return m === 'true';
  if (m === 'blank' || m === 'empty') return '';
  return lookup(m, ctx);
}

/** A variable as Ruby's VariableLookup reads it: names and `[expression]` keys, in order. */
function lookup(markup: string, ctx: Context): unknown {
  const parts = markup.match(/\[[^\]]+\]|[\w-]+\??/g) ?? [];
  if (parts.length === 0) return undefined;
  const keys = parts.map((p) => (p.startsWith('[') ? contextValue(p.slice(1, -1), ctx) : p));
  if (keys.some((k) => k === undefined || k === null || typeof k === 'object')) return undefined;
  const value = toValueSync(ctx.getSync(keys.map((k) => (typeof k === 'bigint' ? Number(k) : (k as string | number)))));
  return value === null ? undefined : value;
}

/** A range's end as Ruby's Integer() reads it. */
function rangeEnd(markup: string, ctx: Context): bigint {
  const v = contextValue(markup, ctx);
  const text = typeof v === 'string' ? v.trim() : String(v ?? '');
  if (!/^[-+]?\d+$/.test(text)) throw new Error(`invalid integer: ${JSON.stringify(text)} in a range`);
  return BigInt(text);
}
