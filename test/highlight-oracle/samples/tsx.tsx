import React from 'react';

interface Props {
  title: string;
  count?: number;
}

// A header with a badge.
export const Header: React.FC<Props> = ({ title, count = 0 }) => {
  const label: string = count > 99 ? '99+' : String(count);
  return (
    <header className="top">
      <h1>{title}</h1>
      {count > 0 && <span className="badge">{label}</span>}
    </header>
  );
};

export function total(items: number[]): number {
  return items.reduce((a, b) => a + b, 0);
}
