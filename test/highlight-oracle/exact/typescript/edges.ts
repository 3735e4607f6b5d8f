#!/usr/bin/env ts-node
// TypeScript's words, labels and `?.`/`??`
import type { A, B } from './types';
export interface Entry<T = string> extends Base, Other<T> {
  readonly id: number;
  title?: T;
  default: boolean;
  type?: 'a' | "b";
  [key: string]: any;
}
declare module 'lib' { export function f(x: number): void; }
namespace App.Core { export const n: number = 1; }
export abstract class Store<K extends keyof T, T> implements Iterable<K> {
  private static count = 0;
  protected readonly map = new Map<K, T>();
  public constructor(private name: string, readonly limit?: number) { super(); }
  abstract get(key: K): T | undefined;
  isEmpty(): this is Empty { return this.map.size === 0; }
}
type Fn = (a: Partial<Record<string, Pick<T, 'x'>>>) => Readonly<T>;
enum Color { Red = 1 << 0, Green = "g", Blue }
const x = a?.b ?? c, y = a ?? /not a regex/g, z = a!.b as unknown as T;
let v: string = obj?.[key] ?? 'none';
switch (k) {
  case Kind.A: break;
  default: x = 1;
}
outer?: while (true) { break outer; }
const o = { a: 1, b?: 2, c : 3 };
const t = cond ? a : b, u = cond ? { a: 1 } : [x ?? y];
function f<T>(this: Window, ...rest: T[]): asserts rest is T[] {}
x ??= y; const n = <number>value; let big = 10n, h = 0xFF, f2 = 1.5e3;
@Component({ selector: 'app' }) class C { @Input() name: string; }
