import type { Counters, CounterValues } from '../../counters.js';
import type { Context, Emitter, Liquid, TagToken, TopLevelToken } from './liquidjs.js';
import { Tag } from './liquidjs.js';

/** Where an engine's options hold the build's counters (read at parse and at render). */
const COUNTERS = Symbol('kilnCounters');

type WithCounters = { [COUNTERS]?: Counters };

/** The build's counters an engine's options hold (none: each render keeps its own). */
export function countersOf(options: object): Counters | undefined {
  return (options as WithCounters)[COUNTERS];
}

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
