// The Markdown renderer and the highlighter as a program of their own in the installed command
// (scripts/bundle-cli.mjs makes dist/markdown-program.cjs from this file), loaded at the first
// call of one of these, with a code cache of its own (cli/code-cache.ts); the Markdown worker
// threads run it too (cli/markdown-worker.ts). A build whose Markdown is
// all kept from the last build never loads it; the command's own code cache then holds only what
// such a build runs, where one cache for both grew with every function a full build had compiled.
// What crosses between the two programs is text and plain objects: this program keeps its own
// copies of the few shared modules it uses.
export { kilnMarkdownIt, markdownToHtml } from './create-markdown.js';
export { highlight } from './highlight/highlight.js';
export { serveAsWorker } from './worker.js';
