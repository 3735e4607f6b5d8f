import { fancyName } from './fancy.js';
import { ROUGE_LANGUAGES, type RougeLanguage } from './rouge-languages.js';
import { BOUNDARY, SPACE, WORD_END } from './ruby-regex.js';

// How Rouge 3.30 finds a lexer for a name, and guesses one from code (`Lexer.find_fancy`, as its
// Markdown lexer does for a fenced block): a name exactly as Rouge registers it (its tag or an
// alias, in their case: `ruby`, `Dockerfile`, `TeX`, never `Ruby`), what comes before a `?` when
// the name carries options (`php?start_inline=1`), and for `guess` (a fence without a name) the
// language the code names in an Emacs or Vim modeline, else the one whose lexer recognises it
// (a shebang, a doctype, `<?php`, `%YAML`…); none recognising it is plain text.

/** Rouge's names that are not in lower case (each has a lower-case twin in ROUGE_LANGUAGES). */
const CASED = new Set(['Dockerfile', 'HAML', 'Isabelle', 'OCL', 'R', 'S', 'TeX', 'LaTeX']);

/**
 * `name` when Rouge's `Lexer.find` knows it (the name, not its lexer's tag: a lexer that extends
 * another's, as Digdag YAML, is found by its own).
 */
export function rougeFind(name: string): string | undefined {
  if (name !== name.toLowerCase() && !CASED.has(name)) return undefined;
  return ROUGE_LANGUAGES.has(name.toLowerCase()) ? name : undefined;
}

/**
 * What Rouge's Markdown lexer colours a fenced block with, given the name after the fence
 * (stripped) and the block's code (none when the fence is not closed as the lexer closes it):
 * a name of the language (as Rouge has it) or its tag, `plain` (text, as a guess that finds nothing gives) or `unknown` (a name
 * Rouge does not know: its code one `sb` token).
 */
export function rougeFindFancy(name: string, code: string | undefined): string {
  const guess = (): string => (code === undefined ? 'plain' : (rougeGuess(code) ?? 'plain'));
  if (!name.includes('?') && name !== 'guess') return rougeFind(name) ?? 'unknown';
  const bare = fancyName(name).name;
  if (bare === 'guess') return guess();
  return rougeFind(bare) ?? 'unknown';
}

/** A shebang's text (after `#!` on the first line with text), as Rouge's TextAnalyzer reads it. */
const shebangOf = (text: string) => new RegExp(`^${SPACE}*#!([^\\n]*)`).exec(text)?.[1];
const shebang =
  (...names: string[]) =>
  (text: string) => {
    const line = shebangOf(text);
    return line !== undefined && names.some((n) => new RegExp(`${BOUNDARY}${n}(?:${SPACE}|$)`, 'u').test(line));
  };
/** The doctype's name and what follows it, after an optional `<?…?>`. */
const doctypeOf = (text: string) =>
  new RegExp(`^${SPACE}*(?:<\\?[\\s\\S]*?\\?>${SPACE}*)?<!DOCTYPE${SPACE}+([\\s\\S]+?)>`).exec(text)?.[1];
/** Ruby's `^` anywhere in a text: its start or after a line feed. */
const LINE = '(?<![^\\n])';

/** Rouge's lexers that recognise code, in the order Rouge tries them (`Lexer.all`). */
const DETECT: readonly (readonly [tag: string, detect: (text: string) => boolean])[] = [
  ['awk', shebang('awk')],
  [
    'xml',
    (t) => {
      const doctype = doctypeOf(t);
      if (doctype !== undefined && /html/.test(doctype)) return false;
      return new RegExp(`^<\\?xml${WORD_END}`, 'u').test(t) || doctype !== undefined;
    },
  ],
  ['biml', (t) => new RegExp(`<${SPACE}*Biml${BOUNDARY}`, 'u').test(t)],
  ['coffeescript', shebang('coffee')],
  ['crystal', shebang('crystal')],
  ['python', shebang('pythonw?(?:[23](?:\\.\\d+)?)?')],
  [
    'diff',
    (t) =>
      t.startsWith('Index: ') ||
      new RegExp(`^diff[^\\n]*?${BOUNDARY}a/[^\\n]*${BOUNDARY}b/`, 'u').test(t) ||
      /---[^\n]*?\n\+\+\+/.test(t) ||
      /\+\+\+[^\n]*?\n---/.test(t),
  ],
  ['yaml', (t) => new RegExp(`^${SPACE}*%YAML`).test(t)],
  ['factor', shebang('factor')],
  ['gherkin', shebang('cucumber')],
  ['groovy', shebang('groovy')],
  [
    'php',
    (t) => {
      if (shebang('php')(t)) return true;
      if (new RegExp(`${LINE}<\\?hh`).test(t)) return false;
      return new RegExp(`${LINE}<\\?php`).test(t);
    },
  ],
  [
    'hack',
    (t) => /<\?hh/.test(t) || shebang('hhvm')(t) || /async function [a-zA-Z]/.test(t) || /\): Awaitable</.test(t),
  ],
  ['haskell', shebang('runhaskell')],
  ['haxe', shebang('haxe')],
  [
    'html',
    (t) => {
      const doctype = doctypeOf(t);
      if (doctype !== undefined && new RegExp(`${BOUNDARY}html${BOUNDARY}`, 'iu').test(doctype)) return true;
      if (new RegExp(`^<\\?xml${WORD_END}`, 'u').test(t)) return false;
      return new RegExp(`<${SPACE}*html${BOUNDARY}`, 'u').test(t);
    },
  ],
  ['io', shebang('io')],
  ['ruby', shebang('ruby')],
  ['javascript', shebang('node', 'jsc')],
  ['julia', shebang('julia')],
  ['lasso', (t) => shebang('lasso9')(t) || /^[^\n]*?<\?(?:lasso(?:script)?|=)/.test(t)],
  ['livescript', shebang('lsc')],
  ['lua', shebang('lua')],
  ['moonscript', shebang('moon')],
  ['mosel', (t) => new RegExp(`${LINE}${SPACE}*(?:model|package)${SPACE}+`).test(t)],
  ['perl', shebang('perl')],
  ['postscript', (t) => new RegExp(`${LINE}%!`).test(t)],
  ['praat', shebang('praat')],
  ['puppet', shebang('puppet-apply', 'puppet')],
  ['r', shebang('Rscript')],
  [
    'racket',
    (t) => {
      const lang = new RegExp(`^#lang${SPACE}*([^\\n]*)`).exec(t)?.[1];
      return lang !== undefined && /racket|scribble/.test(lang);
    },
  ],
  ['rust', shebang('rustc')],
  ['sed', shebang('sed')],
  ['shell', shebang('(?:ba|z|k)?sh')],
  ['solidity', (t) => t.startsWith('pragma solidity')],
  ['tcl', shebang('tclsh', 'wish', 'jimsh')],
  [
    'tex',
    (t) =>
      new RegExp(`^${SPACE}*\\\\(?:documentclass|input|documentstyle|relax|ProvidesPackage|ProvidesClass)`).test(t),
  ],
  ['tulip', shebang('tulip')],
];

// Linguist's modelines, as Rouge has them (`-*- mode: ruby -*-`, `vim: ft=python`, `vim: set syntax=c:`).
const S = SPACE;
const MODELINES = [
  new RegExp(
    `-\\*-${S}*(?:(?!mode)[\\w-]+${S}*:${S}*(?:[\\w+-]+)${S}*;?${S}*)*(?:mode${S}*:)?${S}*([\\w+-]+)${S}*(?:;${S}*(?!mode)[\\w-]+${S}*:${S}*[\\w+-]+${S}*)*;?${S}*-\\*-`,
    'i',
  ),
  new RegExp(`(?:vim|vi|ex):${S}*(?:ft|filetype|syntax)=(\\w+)${S}?`, 'i'),
  new RegExp(`(?:vim|vi|Vim|ex):${S}*se(?:t)?[^\\n]*${S}(?:ft|filetype|syntax)=(\\w+)${S}?[^\\n]*:`, 'i'),
];

/**
 * A name of the lexer Rouge guesses for `source` (Rouge's modeline and source guessers), the
 * first it tries when several recognise it, or none.
 */
export function rougeGuess(source: string): string | undefined {
  const text = source.replace(/^\uFEFF/, '').replace(/\r\n/g, '\n');
  const lines = text.split('\n');
  while (lines.length && lines.at(-1) === '') lines.pop();
  const space = [...lines.slice(0, 5), ...lines.slice(-5)].join('\n');
  // The languages named, each by the first of its names found.
  const named = new Map<RougeLanguage, string>();
  for (const re of MODELINES) {
    const name = re.exec(space)?.[1];
    const language = name === undefined || !rougeFind(name) ? undefined : ROUGE_LANGUAGES.get(name.toLowerCase());
    if (language && !named.has(language)) named.set(language, name!);
  }
  // One language named decides; several are narrowed by what recognises the code.
  if (named.size === 1) return [...named.values()][0];
  const detected = DETECT.filter(
    ([tag, detect]) => (named.size === 0 || named.has(ROUGE_LANGUAGES.get(tag)!)) && detect(text),
  );
  if (detected.length) return detected[0]![0];
  return named.size ? [...named.values()][0] : undefined;
}
