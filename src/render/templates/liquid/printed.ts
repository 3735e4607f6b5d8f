import { numberText } from '../../../shared/ruby-float.js';
import { DOCUMENT_VIEW } from '../../types.js';
import { rangeText } from '../filters/literals.js';
import { dropClass, dropText, rubyInspect } from '../filters/ruby.js';
import { isPlainObject } from './equals.js';
import { Drop } from './liquidjs.js';

/**
 * A value as Liquid prints it: an array's items joined, a range as its text (`1..3`), a hash as
 * Ruby inspects it, nil as nothing, a number as Ruby writes it (`1.0e-05`; a whole Float, a
 * RubyFloat, prints itself: `2.0`).
 */
export function printedText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return rangeText(value) ?? value.map(printedText).join('');
  if (isDocumentView(value)) return printedText(value.output || value.content);
  // A drop prints its to_s: its class name (`{{ forloop }}` is `Liquid::ForloopDrop`).
  const cls = dropClass(value);
  if (cls) return dropText(value as object, cls);
  if (isPlainObject(value)) return rubyInspect(value);
  if (typeof value === 'number') return numberText(value);
  return String(value instanceof Drop ? value.valueOf() : value);
}

function isDocumentView(value: unknown): value is { output: unknown; content: unknown } {
  return typeof value === 'object' && value !== null && DOCUMENT_VIEW in value;
}
