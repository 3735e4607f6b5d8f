import * as React from 'react';
interface Props { title: string; count?: number; default: boolean }
export const Header: React.FC<Props> = ({ title, count = 0 }) => {
  const label: string = count > 99 ? '99+' : String(count);
  return (
    <header className="top">
      <h1>{title ?? 'untitled'}</h1>
      {count > 0 && <span className="badge">{label}</span>}
      <List<string> items={['a']} />
    </header>
  );
};
const id = <T,>(x: T): T => x;
const pair = <K, V,>(k: K, v: V) => [k, v] as const;
const m = <Foo.T,>(x) => x;
const cast = <T extends unknown>(x: T) => x;
function f<T>(xs: readonly T[]): T | undefined { return xs?.[0] ?? undefined; }
enum Dir { Up, Down }
abstract class Store { private static n: number = 0; }
const el = <a href={`/p/${id}`} onClick={(e: React.MouseEvent) => go(e)!}>x &amp; y &</a>;
