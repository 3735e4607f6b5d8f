import { afterAll } from 'vitest';
import { removeTempDirs, tempDir } from './tree.js';

// The kiln commands a test file runs keep their cache (src/cli/code-cache.ts) in a folder of its
// own, removed with the rest, not in the user's.
process.env.KILN_CACHE_DIR = tempDir('kiln-cache');

// Every test file leaves /tmp as it found it.
afterAll(removeTempDirs);
