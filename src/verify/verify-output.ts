import { type OutputFile, type Pieces, piecesText } from '../render/types.js';
import { collectErrors, KilnError } from '../shared/errors.js';
import { xmlError } from './well-formed.js';

/**
 * Checks that every .xml output is well-formed XML 1.0; a broken feed entry names its post.
 * Returns the outputs it checked (not those an earlier build checked). `recorded`: whether the
 * destination's manifest holds these very bytes for the path, written (so checked) by an earlier
 * build; they are not checked again (a feed's check is about 20 ms of a small site's start).
 */
export function verifyOutput(
  outputs: readonly OutputFile[],
  recorded: (path: string, bytes: Buffer | Pieces) => boolean = () => false,
): OutputFile[] {
  const checked = outputs.filter((o) => !o.verified && o.path.endsWith('.xml'));
  collectErrors(checked, (o) => {
    const bytes = typeof o.bytes === 'function' ? o.bytes() : o.bytes;
    if (recorded(o.path, bytes)) return;
    const text = Buffer.isBuffer(bytes) ? bytes.toString('utf8') : piecesText(bytes);
    const error = xmlError(text);
    if (!error) return;
    const { line, message: msg } = error;
    const culprit = postAt(text, line, o.postsByUrl?.());
    const what = culprit ? `its entry in ${o.path} is not well-formed XML` : `${o.path} is not well-formed XML`;
    throw new KilnError(`${what} (${o.path} line ${line}): ${msg}`, culprit ?? o.source);
  });
  return checked;
}

/** The post whose URL appears in the `<item>`/`<entry>` around line `line` of the XML. */
function postAt(xml: string, line: number, postsByUrl: ReadonlyMap<string, string> | undefined): string | undefined {
  if (!postsByUrl) return undefined;
  let offset = 0;
  for (let l = 1; l < line && offset >= 0; l++) offset = xml.indexOf('\n', offset) + 1;
  const start = Math.max(xml.lastIndexOf('<item', offset), xml.lastIndexOf('<entry', offset));
  if (start < 0) return undefined;
  const ends = [xml.indexOf('</item>', offset), xml.indexOf('</entry>', offset)].filter((i) => i >= 0);
  const entry = xml.slice(start, ends.length ? Math.min(...ends) : xml.length);
  let best: string | undefined;
  let bestLength = 0;
  for (const [url, path] of postsByUrl) {
    if (url.length > bestLength && entry.includes(url)) {
      best = path;
      bestLength = url.length;
    }
  }
  return best;
}
