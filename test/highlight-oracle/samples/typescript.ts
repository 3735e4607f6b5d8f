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
