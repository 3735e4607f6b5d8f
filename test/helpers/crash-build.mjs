// A `kiln build` that stops at a named step of its commit: `node crash-build.mjs SOURCE DEST STEP N MODE`
// kills itself with SIGKILL (MODE kill), or (MODE hold) makes DEST.holding and waits until
// DEST.release exists, at the N-th time STEP is reached.
import { existsSync, writeFileSync } from 'node:fs';
import { build } from '../../dist/build.js';
import { createLog } from '../../dist/shared/log.js';

const [source, destination, step, n, mode] = process.argv.slice(2);
let seen = 0;
await build({ source, destination }, createLog(true), undefined, (s) => {
  if (s !== step || ++seen !== Number(n)) return;
  if (mode === 'hold') {
    writeFileSync(`${destination}.holding`, '');
    const pause = new Int32Array(new SharedArrayBuffer(4));
    for (let i = 0; i < 1200 && !existsSync(`${destination}.release`); i++) Atomics.wait(pause, 0, 0, 50);
  } else process.kill(process.pid, 'SIGKILL');
});
