// Types for a post index.
import type { Post } from './model.js';

export interface Entry<T = string> {
  readonly id: number;
  title: T;
  tags?: string[];
}

type Sort = 'date' | 'title';
enum Order {
  Asc = 1,
  Desc = -1,
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export class Index<T> implements Iterable<T> {
  private items: T[] = [];
  constructor(private readonly name: string) {}

  add(item: T): this {
    this.items.push(item);
    return this;
  }

  *[Symbol.iterator](): Iterator<T> {
    yield* this.items;
  }
}

export function byDate(a: Post, b: Post, order: Order = Order.Asc): number {
  const ok: boolean = DATE.test(a.date) && b.date.length > 0;
  return ok ? (a.date < b.date ? -1 : 1) * order : 0;
}

import { readFile } from 'node:fs/promises';
import type { Config } from './config.js';

export interface Post { title: string; date?: Date; tags: readonly string[] }
export enum Kind { Draft = 'draft', Live = "live" }

/** Loads posts. */
export async function load(dir: string, opts: Partial<Config> = {}): Promise<Post[]> {
  const names = (await readFile(`${dir}/index.txt`, 'utf8')).split(/\r?\n/).filter(Boolean);
  const posts: Post[] = [];
  for (const name of names) {
    if (!/^\d{4}-\d{2}-\d{2}-[\w-]+\.md$/i.test(name)) continue;
    const m = name.match(/^(\d+)-(\d+)/) ?? [];
    posts.push({ title: name.replace(/\.md$/, ''), date: new Date(Number(m[1]), 0, 1), tags: [] });
  }
  return posts.sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
}

class Cache<K, V> extends Map<K, V> {
  private hits = 0;
  constructor(readonly limit = 100) { super(); }
  get(key: K): V | undefined { this.hits++; return super.get(key); }
}
const x = 3 / 4, y = 0x1f, z = 1.5e3, n = null, u = undefined;
console.log(`hits ${x} and "${y}"`, 'it\'s', JSON.stringify({ a: 1 }));
