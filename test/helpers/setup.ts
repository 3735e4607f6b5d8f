import { afterAll } from 'vitest';
import { removeTempDirs } from './tree.js';

// Every test file leaves /tmp as it found it.
afterAll(removeTempDirs);
