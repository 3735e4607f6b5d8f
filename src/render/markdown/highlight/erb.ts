import { htmlRouge } from './html.js';
import { htmlWriter } from './lexer.js';
import { type StatefulLanguage, statefulLexer } from './machine.js';
import { prismHtml } from './prism.js';
import { ruby } from './ruby.js';

// ERB: a template whose `<% … %>` tags hold Ruby. Both oracles make the tags' delimiters
// preprocessor comments (`cp`) and lex the Ruby between them as Ruby; they differ on the rest.
// Rouge 3.30 lexes the template as HTML (one page across the tags) and a `<%# … %>` tag whole
// as a comment (`c`), its Ruby one program across tags, all one stream of tokens; Pygments 2.14 leaves the template unlexed (`x`), makes a comment tag's
// text `c` between `cp` delimiters, lexes each tag's Ruby alone and a line starting with `%` as
// Ruby, `<%%` and `%%>` being template text.

/** Where a template's pieces go: tokens, merged with their neighbours of one class, or HTML. */
type Writer = ReturnType<typeof htmlWriter> & { raw(html: string): void };

/** A template language as Rouge lexes one: its tags' delimiters, its text's and its code's lexers. */
interface Template {
  /** Delimiters that open a tag (a comment tag, `<%#`, aside) and that close one. */
  readonly open: string;
  readonly close: string;
  /** A fresh lexer for one block's text, piece by piece. */
  readonly text: () => (text: string, out: Writer) => void;
  /** A fresh lexer for one block's code, tag by tag. */
  readonly code: () => (code: string, out: Writer) => void;
}

function templateRouge(code: string, template: Template): string {
  // One stream of tokens, as Rouge's: a tag's `cp` and the page's next to it are one span.
  const tokens = htmlWriter();
  let html = '';
  /** How much of the tokens' HTML is in `html`. */
  let taken = 0;
  const written = () => {
    const all = tokens.html();
    html += all.slice(taken);
    taken = all.length;
  };
  const out: Writer = {
    ...tokens,
    raw: (piece) => {
      written();
      html += piece;
    },
  };
  const program = template.code();
  const text = template.text();
  const re = new RegExp(`(<%#)|(${template.open})|[\\s\\S]+?(?=<%#|${template.open})|[\\s\\S]+`, 'y');
  while (re.lastIndex < code.length) {
    const m = re.exec(code)!;
    if (!m[1] && !m[2]) {
      text(m[0], out);
      continue;
    }
    // The tag's body and its closing delimiter (none at the end of the code).
    const close = new RegExp(template.close, 'g');
    close.lastIndex = re.lastIndex;
    const end = close.exec(code);
    const body = code.slice(re.lastIndex, end ? end.index : code.length);
    re.lastIndex = end ? close.lastIndex : code.length;
    if (m[1]) out.emit('c', m[0] + body + (end?.[0] ?? ''));
    else {
      out.emit('cp', m[0]);
      program(body, out);
      out.emit('cp', end?.[0] ?? '');
    }
  }
  written();
  return html;
}

/** A lexer of `language` that keeps its state from one piece of a block to the next. */
const continuing = (language: StatefulLanguage) => () => {
  const lexer = statefulLexer(language);
  return (text: string, out: Writer) => lexer.lex(text, out.emit);
};

/** `code` as HTML, as Rouge colours ERB (the template as Rouge's HTML, one page across the tags). */
export const erbRouge = (code: string) =>
  templateRouge(code, {
    open: '<%%|<%=|<%-|<%',
    close: '%%>|-%>|%>',
    text: continuing(htmlRouge),
    code: continuing(ruby),
  });

/**
 * Embedded Puppet (EPP) as Rouge colours it: ERB's tags (`<%- |` and `| -%>` around a parameter
 * list) around Puppet code, by Prism's Puppet grammar; the template is text.
 */
export const eppRouge = (code: string) =>
  templateRouge(code, {
    open: '<%%|<%=|(?:<%-|<%)(?:\\s*\\|)?',
    close: '%%>|(?:\\|\\s*)?(?:-%>|%>)',
    text: () => (text, out) => out.emit('', text),
    code: () => (body, out) => out.raw(prismHtml(body, 'puppet', 'rouge')),
  });

/** `code` as HTML, as Pygments colours ERB. */
export function erbPygments(code: string): string {
  const out = htmlWriter();
  // Each tag's Ruby alone.
  const rubyCode = (text: string) => statefulLexer(ruby).lex(text, out.emit);
  // Text and tags alternate; a tag's body follows it.
  const pieces = code.split(/(<%%|%%>|<%=|<%#|<%-|<%|-%>|%>|^%[^%].*?$)/m);
  let state = 0;
  for (let i = 0; i < pieces.length; i++) {
    const piece = pieces[i]!;
    if (state === 0) {
      out.emit('x', piece);
      state = 1;
    } else if (state === 1) {
      if (piece === '<%%' || piece === '%%>') {
        out.emit('x', piece);
        state = 0;
      } else if (piece === '<%#') {
        out.emit('cp', piece);
        out.emit('c', pieces[++i] ?? '');
        state = 2;
      } else if (piece === '<%' || piece === '<%=' || piece === '<%-') {
        out.emit('cp', piece);
        rubyCode(pieces[++i] ?? '');
        state = 2;
      } else if (piece === '%>' || piece === '-%>') {
        out.emit('err', piece);
        state = 0;
      } else {
        out.emit('cp', piece[0]!);
        rubyCode(piece.slice(1));
        state = 0;
      }
    } else {
      out.emit(piece === '%>' || piece === '-%>' ? 'cp' : 'x', piece);
      state = 0;
    }
  }
  return out.html();
}
