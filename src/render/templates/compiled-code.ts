import type { Environment, Template } from 'nunjucks';
import { nunjucks } from './nunjucks-lib.js';

/** What Nunjucks compiles a template to: its root render function and blocks (`b_NAME`). */
type Code = Record<string, unknown>;

// Nunjucks' own compiler, as its Template uses it; not in its type definitions.
const compiler = (
  nunjucks as unknown as {
    compiler: { compile(src: string, asyncFilters: unknown, extensions: unknown, name: string, opts: unknown): string };
  }
).compiler;

/**
 * Compiled template code kept between the builds of one watch, by file and text: compiling is
 * most of what rendering one changed page costs (compiling the bench site's two post layouts took 10–13 ms, from kept code 0.001 ms, on a loaded two-core machine). The
 * code depends on nothing else: every build's environment has the same tags and options. Code no
 * template of the last build used is dropped.
 */
export class CompiledCode {
  private last = new Map<string, Code>();
  private next = new Map<string, Code>();

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
      const internals = env as unknown as { asyncFilters: unknown; extensionsList: unknown; opts: unknown };
      try {
        code = new Function(
          compiler.compile(src, internals.asyncFilters, internals.extensionsList, path, internals.opts),
        )() as Code;
      } catch {
        return null;
      }
    }
    this.next.set(key, code);
    return code;
  }
}
