import { htmlWriter } from './lexer.js';
import { statefulLexer } from './machine.js';
import { shell } from './shell.js';

// A shell session (`console`, `terminal`) as Rouge 3.30 colours it: a line with a prompt (up to
// the first `$`, `#`, `>` or `;`) is the prompt (`gp`), its blanks (`w`) and a command lexed as
// shell, one script across prompts until an output line; any other line is output (`go`), a line
// of dots (`...`, `<...>`) a comment.

export function lexConsole(code: string): string {
  const out = htmlWriter();
  const commands = statefulLexer(shell);
  for (const line of code.match(/[^\n]*\n|[^\n]+/g) ?? []) {
    if (/^\s*(?:<\.+>|\.+)\s*$/.test(line)) {
      commands.reset();
      out.emit('c', line);
      continue;
    }
    const prompt = /^[\s\S]*?[$#>;]/.exec(line)?.[0];
    if (prompt === undefined) {
      commands.reset();
      out.emit('go', line);
      continue;
    }
    out.emit('gp', prompt);
    const blanks = /^\s*/.exec(line.slice(prompt.length))![0];
    out.emit('w', blanks);
    commands.lex(line.slice(prompt.length + blanks.length), out.emit);
  }
  return out.html();
}
