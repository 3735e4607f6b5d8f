import { KilnError } from '../../../shared/errors.js';
import { MAX_RENDER_MEMORY } from './limits.js';
import { LiquidError } from './liquidjs.js';

/**
 * A liquidjs error as `FILE:LINE: template error: message`, where FILE is the template the error
 * is in (an include's own file and line for an error inside it). `firstLine` is the line of
 * `file` its template text starts on (after front matter).
 */
export function liquidError(e: unknown, file: string, firstLine: number): KilnError {
  if (e instanceof KilnError) return e;
  if (!(e instanceof LiquidError)) {
    // Not a template mistake (a bug, or the machine): no place to name.
    if (e instanceof RangeError) return new KilnError(`template error: ${e.message}`, file, undefined, { cause: e });
    throw e;
  }
  const inner = innermost(e);
  const token = inner.token as { file?: string; getPosition(): number[] } | undefined;
  const where = token?.file ?? file;
  const position = token?.getPosition()[0];
  const line = position === undefined ? undefined : where === file ? position + firstLine - 1 : position;
  const cause = (inner as { originalError?: unknown }).originalError;
  const message =
    cause instanceof KilnError
      ? cause.message
      : cause instanceof Error
        ? cause.message
        : inner.message.replace(/, file:.*$/s, '').replace(/, line:\d+, col:\d+$/, '');
  // liquidjs quotes a whole unclosed block: its first line is enough.
  const short = (
    message === 'memory alloc limit exceeded'
      ? `this page's ranges and filters make more than ${MAX_RENDER_MEMORY} values or characters (is a range too large, or inside a loop?)`
      : message
  ).replace(/(\\n|\n)[\s\S]*" not closed$/, '…" not closed');
  return new KilnError(`template error: ${short}`, where, line, { cause: e });
}

function innermost(e: LiquidError): LiquidError {
  let inner = e;
  for (;;) {
    const next = (inner as { originalError?: unknown }).originalError;
    if (!(next instanceof LiquidError)) return inner;
    inner = next;
  }
}
