import type { KeptWriteThread, WriteThread } from '../../src/write/write-thread.js';

/** The threads `kept` hands out from now on, in order (the same thread again when it was kept). */
export function threadsTaken(kept: KeptWriteThread): WriteThread[] {
  const taken: WriteThread[] = [];
  const take = kept.take.bind(kept);
  kept.take = () => {
    const thread = take();
    taken.push(thread);
    return thread;
  };
  return taken;
}
