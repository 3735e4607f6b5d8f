import type { Counters, CounterValues } from '../../counters.js';
import { Context, type Emitter, type Liquid, Tag, type TagToken, type TopLevelToken } from './liquidjs.js';

/** Where an engine's options hold the build's counters (read at parse and at render). */
const COUNTERS = Symbol('kilnCounters');

type WithCounters = { [COUNTERS]?: Counters };

/**
 * `{% increment NAME %}` and `{% decrement NAME %}` as Ruby Liquid has them (NAME is the tag's
 * whole text, stripped): the value before (increment) or after (decrement) the step, a missing
 * counter being 0. In a site's build the counters are the build's (render/counters.ts); a template
 * rendered on its own keeps them in its variables, as liquidjs does.
 */
export function registerCounterTags(liquid: Liquid, counters: Counters | undefined): void {
  if (counters) (liquid.options as WithCounters)[COUNTERS] = counters;
  liquid.registerTag('increment', counterTag(0, 1));
  liquid.registerTag('decrement', counterTag(-1, -1));
}

/** A counter tag: prints the value plus `shown`, and moves the counter by `step`. */
function counterTag(shown: number, step: number) {
  return class extends Tag {
    private readonly counter: string;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.counter = token.args.trim();
      // The build learns which names are counters from its parsed templates.
      (liquid.options as WithCounters)[COUNTERS]?.names.add(this.counter);
    }
    render(ctx: Context, emitter: Emitter): void {
      const values = (ctx.opts as WithCounters)[COUNTERS]?.current() ?? (ctx.environments as CounterValues);
      const before = typeof values[this.counter] === 'number' ? values[this.counter]! : 0;
      values[this.counter] = before + step;
      emitter.write(String(before + shown));
    }
  };
}

// `{{ NAME }}` reads a counter where no variable of that name is set: after the template's own
// variables and the render's, before the engine's globals (Ruby Liquid's environments).
type Scopes = { findScope(this: Context, key: string): unknown };
const proto = Context.prototype as unknown as Scopes;
const findScope = proto.findScope;
proto.findScope = function (this: Context, key: string) {
  const counters = (this.opts as WithCounters)[COUNTERS];
  if (
    counters?.names.has(key) &&
    !(key in this.environments) &&
    !(this as unknown as { scopes: object[] }).scopes.some((s) => key in s)
  ) {
    const values = counters.current();
    if (values && Object.hasOwn(values, key)) return values;
  }
  const scope = findScope.call(this, key) as object;
  if (counters && scope === (this as unknown as { globals: object }).globals && !(key in scope)) counters.readNames();
  return scope;
};
