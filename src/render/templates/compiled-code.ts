import type { Environment, Template } from 'nunjucks';
import type { KeptRenders } from '../kept.js';
import { nunjucks } from './nunjucks-lib.js';

/** What Nunjucks compiles a template to: its root render function and blocks (`b_NAME`). */
type Code = Record<string, unknown>;

// Nunjucks' own compiler, as its Template uses it; not in its type definitions.
const compiler = (
  nunjucks as unknown as {
    compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, name: string, opts: unknown): string };
  }
).compiler;

/** The parts of a Nunjucks environment its compiler reads. */
interface CompilerInputs {
  asyncFilters: string[];
  extensionsList: Array<{ __name?: string; tags?: string[] }>;
  opts: unknown;
}

/**
 * Compiled template code kept between the builds of one watch, by file and text: compiling is
 * most of what rendering one changed page costs (compiling the bench site's two post layouts took 10–13 ms, from kept code 0.001 ms, on a loaded two-core machine). The
 * code depends on nothing else: every build's environment has the same tags and options. Code no
 * template of the last build used is dropped. With `kept` (a build with kiln's cache folder), the
 * code's text is also kept between builds (kept.ts), by file, text and what the compiler reads
 * of the environment (its tags, by name, and options): the project's own site compiles 13
 * templates in 12–21 ms, a tenth of its build.
 */
export class CompiledCode {
  private last = new Map<string, Code>();
  private next = new Map<string, Code>();
  private kept: KeptRenders | undefined;

  /** What this build keeps between builds (kept.ts), if anything. */
  keepIn(kept: KeptRenders | undefined): void {
    this.kept = kept;
  }

  /**
   * A template of `src` for `env`, compiled only if no earlier build did. A template that does not
   * compile is made the usual way, which throws Nunjucks' usual error.
   */
  template(src: string, env: Environment, path: string): Template {
    const code = this.code(src, env, path);
    return code
      ? new nunjucks.Template({ type: 'code', obj: code } as unknown as string, env, path, true)
      : new nunjucks.Template(src, env, path, true);
  }

  /** For a loader: the compiled code as a template source, or the text when it does not compile. */
  source(src: string, env: Environment, path: string): string {
    const code = this.code(src, env, path);
    return code ? ({ type: 'code', obj: code } as unknown as string) : src;
  }

  /** A build is done: from now on only what it used is kept. */
  endBuild(): void {
    this.last = this.next;
    this.next = new Map();
  }

  private code(src: string, env: Environment, path: string): Code | null {
    const key = `${path}\u0000${src}`;
    let code = this.next.get(key) ?? this.last.get(key);
    if (!code) {
      const text = this.text(src, env as unknown as CompilerInputs, path);
      if (text === null) return null;
      try {
        code = new Function(text)() as Code;
      } catch {
        return null;
      }
    }
    this.next.set(key, code);
    return code;
  }

  /** The text of a template's code, kept or compiled (null: it does not compile). */
  private text(src: string, internals: CompilerInputs, path: string): string | null {
    const compile = () => compiler.compile(src, internals.asyncFilters, internals.extensionsList, path, internals.opts);
    try {
      if (!this.kept) return compile();
      const inputs = [
        path,
        internals.asyncFilters,
        internals.extensionsList.map((e) => [e.__name, e.tags]),
        internals.opts,
      ];
      return this.kept.textOf('nunjucks', `${JSON.stringify(inputs)}\n${src}`, compile);
    } catch {
      return null;
    }
  }
}
