/** A build error a user can act on: the file it came from and, where known, the line. */
export class KilnError extends Error {
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'KilnError';
  }

  /**
   * The pages whose render met it in another file (a layout, an include): a layout fails on one
   * page's values, and its line does not say which page.
   */
  readonly pages: readonly string[] = [];

  /**
   * `_posts/x.md:3: message`, the form every build error is printed in, and on a second line the
   * pages being rendered when it happened in another file: `  while rendering about.md`.
   */
  format(): string {
    return this.head() + whileRendering(this.pages);
  }

  /** The first line of format(): where, and what. */
  head(): string {
    if (!this.file) return this.message;
    return this.line ? `${this.file}:${this.line}: ${this.message}` : `${this.file}: ${this.message}`;
  }

  /** The same error (or warning) naming its file and pages as `name` names them. */
  named(name: (file: string) => string): this {
    const file = this.file === undefined ? undefined : name(this.file);
    const pages = this.pages.map(name);
    if (file === this.file && pages.every((p, i) => p === this.pages[i])) return this;
    return this.with({ file, pages });
  }

  /** The same error, met while rendering `page` (said only when it is in another file). */
  rendering(page: string): this {
    if (this.file === page || this.pages.includes(page)) return this;
    return this.with({ pages: [...this.pages, page] });
  }

  private with(fields: { file?: string; pages: readonly string[] }): this {
    const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this)) as this;
    for (const [key, value] of Object.entries(fields)) Object.defineProperty(copy, key, { value, enumerable: true });
    return copy;
  }
}

/** `\n  while rendering a.md, b.md, c.md and 4 more`, or nothing. */
function whileRendering(pages: readonly string[]): string {
  if (pages.length === 0) return '';
  const named = pages.slice(0, 3).join(', ');
  return `\n  while rendering ${named}${pages.length > 3 ? ` and ${pages.length - 3} more` : ''}`;
}

/**
 * Something Jekyll builds anyway (a missing layout, a post without a date, …): kiln builds what
 * Jekyll builds and says so as `FILE:LINE: warning: message`; `--strict` makes it an error.
 */
export class KilnWarning extends KilnError {
  /** `consequence`: what kiln does about it when the build goes on (not said under --strict). */
  constructor(
    message: string,
    file?: string,
    line?: number,
    readonly consequence?: string,
  ) {
    super(message, file, line);
  }

  override format(): string {
    const where = this.file ? `${this.file}${this.line ? `:${this.line}` : ''}: ` : '';
    return `${where}warning: ${this.message}${this.consequence ? `: ${this.consequence}` : ''}`;
  }

  /** The same problem as an error, for `--strict`. */
  asError(): KilnError {
    return new KilnError(this.message, this.file, this.line);
  }
}

/** A write stage that failed after it began to replace the site: the message says what it changed. */
export class WriteInterrupted extends KilnError {
  constructor(message: string, file?: string, options?: { cause?: unknown }) {
    super(message, file, undefined, options);
    this.name = 'WriteInterrupted';
  }
}

/** Whether a failed build may have changed the destination (its message then says how). */
export function changedDestination(e: unknown): boolean {
  return e instanceof WriteInterrupted;
}

/** Several errors found in one pass; the build reports them all (each once), then fails once. */
export class KilnErrors extends Error {
  readonly errors: KilnError[];

  constructor(errors: KilnError[]) {
    // One error met by several pages is said once, naming them all.
    const byHead = new Map<string, KilnError>();
    for (const e of errors) {
      const head = e.head();
      const known = byHead.get(head);
      byHead.set(head, known ? e.pages.reduce((k, page) => k.rendering(page), known) : e);
    }
    const unique = [...byHead.values()];
    super(unique.map((e) => e.format()).join('\n'));
    this.errors = unique;
    this.name = 'KilnErrors';
  }
}

/** The build errors inside a thrown value; anything else (a bug, an I/O failure) is thrown again. */
export function buildErrorsIn(e: unknown): KilnError[] {
  if (e instanceof KilnError) return [e];
  if (e instanceof KilnErrors) return e.errors;
  throw e;
}

/**
 * Runs fn over every item and throws all the KilnErrors at once (any other error at once);
 * `earlier`, asked only when one fails, gives errors to name before them.
 */
export function collectErrors<T>(
  items: Iterable<T>,
  fn: (item: T, index: number) => void,
  earlier?: () => KilnError[],
): void {
  const errors: KilnError[] = [];
  // An array by index: this loop runs over every post of every rebuild, and an iterator here
  // allocates a result per item.
  const list: readonly T[] = Array.isArray(items) ? items : [...items];
  for (let i = 0; i < list.length; i++) {
    try {
      fn(list[i]!, i);
    } catch (e) {
      errors.push(...buildErrorsIn(e));
    }
  }
  if (errors.length === 0) return;
  if (earlier) errors.unshift(...earlier());
  const all = new KilnErrors(errors);
  throw all.errors.length === 1 ? all.errors[0] : all;
}

/** A thrown value with the files of its build errors named as `name` names them; anything else as it is. */
export function namedFiles(e: unknown, name: (file: string) => string): unknown {
  if (e instanceof KilnError) return e.named(name);
  if (e instanceof KilnErrors) return new KilnErrors(e.errors.map((x) => x.named(name)));
  return e;
}

/** A thrown value with its build errors met while rendering `page`; anything else as it is. */
export function metRendering(e: unknown, page: string): unknown {
  if (e instanceof KilnError) return e.rendering(page);
  if (e instanceof KilnErrors) return new KilnErrors(e.errors.map((x) => x.rendering(page)));
  return e;
}

/** The list of errors inside anything thrown by a build. */
export function errorLines(e: unknown): string[] {
  if (e instanceof KilnErrors) return e.errors.map((x) => x.format());
  if (e instanceof KilnError) return [e.format()];
  return [e instanceof Error ? (e.stack ?? e.message) : String(e)];
}
