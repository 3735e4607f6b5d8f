// node bench/floor.mjs SITE PART PARTS: the Markdown half of the floor `npm run bench` compares kiln
// with. Renders the bodies of every PARTS-th post of SITE/_posts (from the PART-th) with plain
// markdown-it (html and typographer on), front matter cut off by a regex: no YAML, templates,
// highlighting or writing. bench/run.mjs runs one per core at once and adds a `cp -r` of kiln's output.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MarkdownIt from 'markdown-it';

const [site, part, parts] = [process.argv[2], Number(process.argv[3] ?? 0), Number(process.argv[4] ?? 1)];
const dir = join(site, '_posts');
const md = new MarkdownIt({ html: true, typographer: true });
let bytes = 0;
const names = readdirSync(dir).sort();
for (let i = part; i < names.length; i += parts) {
  const text = readFileSync(join(dir, names[i]), 'utf8');
  bytes += md.render(text.replace(/^---\n[\s\S]*?\n---\n/, '')).length;
}
process.stdout.write(`${bytes}\n`);
