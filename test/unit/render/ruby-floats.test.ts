import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { floatText } from '../../../src/shared/ruby-float.js';
import { buildSite } from '../../helpers/run.js';
import { siteFromFiles, tempDir } from '../../helpers/tree.js';

// Ruby's Float in Liquid sites (shared/ruby-float.ts); test/jekyll-oracle/sites/liquid-floats*
// compare whole sites with Jekyll's output.
const files = (engine: string) => ({
  '_config.yml': `template_engine: ${engine}\nv: 2.0\n`,
  '_data/d.yml': 'y: 4.0\n',
  '_data/j.json': '{"z": 5.0, "e": 1e3}\n',
  'index.html':
    '---\nx: 3.0\n---\n{{ site.v }}|{{ page.x }}|{{ site.data.d.y }}|{{ site.data.j.z }}|{{ site.data.j.e }}\n',
  '_posts/2020-01-01-a.md': '---\nx: 3.0\n---\n{{ page.x }} {{ site.v }} {{ 1.0 }} {{ page.x | plus: 1 }}\n',
});

async function build(engine: string): Promise<{ page: string; post: string }> {
  const dest = tempDir('floats-out');
  const result = await buildSite(siteFromFiles(files(engine)), dest);
  expect(result.errors).toEqual([]);
  return {
    page: readFileSync(join(dest, 'index.html'), 'utf8'),
    post: readFileSync(join(dest, '2020/01/01/a.html'), 'utf8'),
  };
}

describe('whole floats', () => {
  it('a Liquid site prints YAML and JSON data floats as Jekyll does', async () => {
    const { page, post } = await build('liquid');
    expect(page).toBe('2.0|3.0|4.0|5.0|1e3\n');
    expect(post).toBe('<p>3.0 2.0 1.0 4.0</p>\n');
  });

  it("a Nunjucks site's values are plain numbers; its posts' Liquid keeps Liquid's own literals", async () => {
    const { page, post } = await build('nunjucks');
    expect(page).toBe('2|3|4|5|1000\n');
    expect(post).toBe('<p>3 2 1.0 4</p>\n');
  });

  it("prints as Ruby's Float#to_s", () => {
    // Ruby 3.1: p 1e14, 1e15, 9999999999999998.0, 123456789012345.6, 0.0001, 0.0000999, -0.0, 1.5e300
    expect([1e14, 1e15, 9999999999999998, 123456789012345.6, 0.0001, 0.0000999, -0, 1.5e300].map(floatText)).toEqual([
      '100000000000000.0',
      '1.0e+15',
      '9.999999999999998e+15',
      '123456789012345.6',
      '0.0001',
      '9.99e-05',
      '-0.0',
      '1.5e+300',
    ]);
  });
});
