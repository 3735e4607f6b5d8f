// V8's optimizing compiler while a build of many posts runs. Its own threads compete with the
// build for the cores (at 4,000 posts both are full: Markdown on a worker thread and on this one,
// pages, writes), and make the renderer's code fast only after a while (at 1,000 posts, one
// thread, the first few hundred sources run at a fraction of warm speed): with a quarter of V8's
// default inlining budget, it compiles less and sooner, and every size of the benchmark's blog
// builds sooner. Alternating clean builds into /dev/shm, 2026-12-05, against V8's default: 250
// posts 0.66 against 0.67 s, 500 posts 0.83 against 0.85, 1,000 posts 1.17 against 1.22 (16
// rounds each), 2,000 posts 1.88 against 1.94 (10 rounds), 4,000 posts 2.37 against 2.49 (12
// rounds, CPU 4.29 against 4.51 s), 10,000 posts 4.35 against 4.46 (6 rounds); budgets of 150 and
// 320 did as well as 230 at 4,000. Only while such a build runs: V8 checks its flags against those
// a code cache was made with, and Node's caches of its own built-in modules were made with its
// defaults (each built-in loaded under other flags is compiled anew, 2.5 times slower): set for
// the whole process, the budget cost the project site's build (13 posts) 4-5 ms of a 245 ms
// start. Once the default is back, every cache is taken again. Not in a watch, whose rebuilds run
// for hours the code its first build optimized: the budget was measured on whole builds only
// (warm Markdown, the whole process under it, `bench/markdown-cost.mjs --cpu`: 135-151 ms a pass
// against 138-147, 3 runs each).
import { createRequire } from 'node:module';

const BUDGET_FLAG = '--max-inlined-bytecode-size-cumulative';
/** V8's default (V8 11.3, Node 20; test/unit/shared/compiler-flags.test.ts fails if another Node's differs). */
const DEFAULT_BUDGET = 920;
const LOWER_BUDGET = 230;
/** Posts read anew from which a build lowers the budget (the fewest measured to gain). */
export const INLINE_LESS_FROM = 250;

let holders = 0;

/**
 * Lowers V8's inlining budget until what this returns is called (builds in one process may
 * overlap: the default comes back when the last one is done).
 */
export function inlineLess(): () => void {
  // Loaded here: most builds are small, and node:v8 costs a start-up about a millisecond.
  const { setFlagsFromString } = createRequire(import.meta.url)('node:v8') as typeof import('node:v8');
  if (holders++ === 0) setFlagsFromString(`${BUDGET_FLAG}=${LOWER_BUDGET}`);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holders === 0) setFlagsFromString(`${BUDGET_FLAG}=${DEFAULT_BUDGET}`);
  };
}
