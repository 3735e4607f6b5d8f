import { str } from './standard.js';
import type { Filter } from './types.js';

/** Compiles a text with the site's Sass settings, as SCSS or (`indented`) as the indented syntax. */
export type InlineSass = (text: string, indented: boolean) => string;

/** Jekyll's scssify and sassify: the input through the site's SCSS or Sass converter. */
export function sassFilters(compile: InlineSass): Record<string, Filter> {
  return {
    scssify: (input: unknown) => compile(str(input), false),
    sassify: (input: unknown) => compile(str(input), true),
  };
}
