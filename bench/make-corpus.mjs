// Writes N synthetic, deterministic blog posts into DIR/_posts: post i is the same whatever N is.
// Each body has an intro, ## and ### sections, links, emphasis, inline code, quotes, a list, a
// table in a third of the posts, and a java or scala code block, about 1,100 words in all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'stream state window checkpoint operator record event time watermark latency throughput ' +
  'job task slot cluster source sink table query join key partition savepoint backpressure ' +
  'release community feature improvement runtime memory network buffer serializer schema'
).split(' ');

function rng(seed) {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return (x >>> 0) / 4294967296;
  };
}

function sentence(r, n) {
  const w = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  w[0] = w[0][0].toUpperCase() + w[0].slice(1);
  return w.join(' ');
}

function post(i) {
  const r = rng(i * 2654435761);
  const date = new Date(Date.UTC(2025, 5, 30, 8, 6) - i * 26 * 3600e3);
  const title = `${sentence(r, 4)} ${i}`;
  const cat = ['news', 'features', ''][i % 3];
  const para = () =>
    Array.from({ length: 5 }, () => `${sentence(r, 12)}.`).join(' ') +
    ` It's the "${WORDS[i % WORDS.length]}" part -- see [the docs](https://example.org/${i}) and *more*... with \`code\`.`;
  const sections = [];
  for (let s = 0; s < 5; s++) {
    sections.push(`## ${sentence(r, 3)} ${s}\n\n${para()}\n\n${para()}`);
    if (s === 1) sections.push(`### Details\n\n- ${sentence(r, 5)}\n- ${sentence(r, 6)}\n- **${sentence(r, 2)}**`);
    if (s === 2 && i % 3 === 0) sections.push('| metric | value |\n|---|---:|\n| records | 42 |\n| latency | 7 ms |');
    if (s === 3)
      sections.push(
        i % 2
          ? '```java\npublic class Job' +
              i +
              ' {\n    public static void main(String[] args) {\n        // run it\n        System.out.println("job " + ' +
              i +
              ');\n    }\n}\n```'
          : '```scala\nobject Job' +
              i +
              ' {\n  def main(args: Array[String]): Unit = {\n    val xs = List(1, 2, 3).map(_ * 2)\n    println(xs)\n  }\n}\n```',
      );
  }
  const fm = [
    '---',
    `title: ${JSON.stringify(title)}`,
    `date: ${date.toISOString().replace('.000Z', 'Z')}`,
    cat ? `categories: ${cat}` : null,
    'authors:',
    `  - name: Author ${i % 7}`,
    `    twitter: author${i % 7}`,
    '---',
  ].filter(Boolean);
  const slug = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const ymd = date.toISOString().slice(0, 10);
  return [`${ymd}-${slug}.md`, `${fm.join('\n')}\n\n${para()}\n\n${sections.join('\n\n')}\n`];
}

export function makeCorpus(n, dir) {
  mkdirSync(join(dir, '_posts'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const [name, text] = post(i);
    writeFileSync(join(dir, '_posts', name), text);
  }
}

if (import.meta.url === `file://${process.argv[1]}`)
  makeCorpus(Number(process.argv[2] ?? 1000), process.argv[3] ?? 'work/corpus');
