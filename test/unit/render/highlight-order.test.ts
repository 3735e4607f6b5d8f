import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { highlight } from '../../../src/render/markdown/highlight/highlight.js';
import { ORACLE_DIR } from '../../highlight-oracle/agreement.js';

// Its own file, so that its blocks are the first this module registry highlights: what Prism
// loads for one block must not change another's colours (a watch rebuild of one page would
// then differ from the clean build).
const sample = (file: string) => readFileSync(join(ORACLE_DIR, 'samples', file), 'utf8');

describe('a block is coloured the same whatever was highlighted before it', () => {
  it("HTTP in Pygments' markup, before and after JSON and HOCON blocks", () => {
    const http = sample('http.http');
    const first = highlight(http, 'http');
    highlight(sample('json.json'), 'json');
    highlight(sample('hocon.conf'), 'hocon');
    expect(highlight(http, 'http')).toBe(first);
  });
});
