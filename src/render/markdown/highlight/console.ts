import { boolOption, type LexerOptions, type OptionValue } from './fancy.js';
import { htmlWriter, type TokenClass } from './lexer.js';
import { type StatefulLanguage, statefulLexer } from './machine.js';
import { shell } from './shell.js';

// A shell session (`console`, `terminal`) as Rouge 3.30 colours it: a line with a prompt (up to
// the first `$`, `#`, `>` or `;`) is the prompt (`gp`), its blanks (`w`) and a command lexed as
// shell, one script across prompts until a line that is none; any other line is output (`go`), a
// line of dots (`...`, `<...>`) a comment. Rouge's options (fancy.ts, `console?lang=ruby`):
// `lang` the commands' language, `output` the output's, `prompt` the prompt's last characters
// (comma-separated), `comments` a line starting with `#` a comment (by default when the prompts
// leave `#` out), `error` the starts of error lines (`gr`).

/** Lexes a piece of code into token runs, keeping its state until reset (Rouge's `continue_lex`). */
interface PieceLexer {
  lex(code: string, emit: (cls: TokenClass, text: string) => void): void;
  reset(): void;
}

/**
 * The language Rouge's name stands for, with the session's other options, when kiln lexes it on
 * its machine (a language it colours with a grammar cannot go on from one line to the next: its
 * commands are then lexed as shell).
 */
export type LanguageOf = (name: string, options: LexerOptions) => StatefulLanguage | undefined;

/** Output as Rouge's default output lexer writes it: plain text in one class. */
const PLAIN_OUTPUT: PieceLexer = { lex: (code, emit) => emit('go', code), reset: () => {} };

/** Rouge's `list_option`: texts split at commas as Ruby splits (no empty texts at the end), a repeated key's texts together. */
function listOption(value: OptionValue | undefined): string[] {
  if (value === undefined || value === true) return [];
  const rubySplit = (text: string) => {
    const parts = text.split(',');
    while (parts.length && parts.at(-1) === '') parts.pop();
    return parts;
  };
  return (typeof value === 'string' ? [value] : value).flatMap(rubySplit);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');

/** A shell session with Rouge's console options; `languageOf` finds the commands' and output's lexers. */
export function consoleLexer(options: LexerOptions = {}, languageOf?: LanguageOf): (code: string) => string {
  const { lang, output, prompt: promptOption, comments: commentsOption, error: errorOption, ...rest } = options;
  const prompts = listOption(promptOption);
  const ends = prompts.filter((p) => p !== '');
  const guessComments = prompts.length > 0 && !ends.includes('#');
  const comments = boolOption(commentsOption, guessComments);
  const endChars = ends.length ? ends : comments ? ['$', '>', ';'] : ['$', '#', '>', ';'];
  const prompt = new RegExp(`^${comments ? '[^<#]*?' : '[\\s\\S]*?'}(?:${endChars.map(escapeRegExp).join('|')})`);
  const errors = listOption(errorOption);
  const error = errors.length ? new RegExp(`^(?:${errors.map(escapeRegExp).join('|')})`) : undefined;
  const named = (name: OptionValue | undefined): StatefulLanguage | undefined =>
    typeof name === 'string' && languageOf ? languageOf(name, rest) : undefined;
  const commandLanguage = named(lang) ?? shell;
  const outputLanguage = named(output);
  return (code) => {
    const out = htmlWriter();
    const commands = statefulLexer(commandLanguage);
    const results: PieceLexer = outputLanguage ? statefulLexer(outputLanguage) : PLAIN_OUTPUT;
    for (const line of code.match(/[^\n]*\n|[^\n]+/g) ?? []) {
      if (/^[\t\n\v\f\r ]*(?:<\.+>|\.+)[\t\n\v\f\r ]*$/.test(line)) {
        results.reset();
        commands.reset();
        out.emit('c', line);
        continue;
      }
      const shown = prompt.exec(line)?.[0];
      if (shown !== undefined) {
        results.reset();
        out.emit('gp', shown);
        const blanks = /^[\t\n\v\f\r ]*/.exec(line.slice(shown.length))![0];
        out.emit('w', blanks);
        commands.lex(line.slice(shown.length + blanks.length), out.emit);
      } else if (/^[\t\n\v\f\r \0]*#/.test(line)) {
        results.reset();
        commands.reset();
        out.emit('c', line);
      } else if (error?.test(line)) {
        results.reset();
        commands.reset();
        out.emit('gr', line);
      } else {
        commands.reset();
        results.lex(line, out.emit);
      }
    }
    return out.html();
  };
}

/** A shell session as Rouge colours it with its default options. */
export const lexConsole = consoleLexer();
