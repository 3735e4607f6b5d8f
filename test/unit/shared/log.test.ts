import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLog } from '../../../src/shared/log.js';

// A clock that moves only when the test says so.
let now = 0;
const spend = (ms: number) => {
  now += ms;
};

describe('stage timings', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('count a task inside another for itself, once per name, in the order the stages began', async () => {
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const log = createLog(true);
    log.task('render', () => spend(20));
    await log.taskAsync('write', async () => {
      spend(5);
      for (let i = 0; i < 3; i++) log.task('render', () => spend(30));
      await Promise.resolve();
      spend(5);
      log.task('commit', () => spend(7));
    });
    log.task('after', () => spend(1));
    expect(log.timings).toEqual([
      { name: 'render', ms: 110 },
      { name: 'write', ms: 10 },
      { name: 'commit', ms: 7 },
      { name: 'after', ms: 1 },
    ]);
  });
});
