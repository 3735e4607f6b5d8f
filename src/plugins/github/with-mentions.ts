import type { CollectionDoc, Page, Post, Site } from '../../model/types.js';
import { type Pieces, piecesText } from '../../render/types.js';
import { mentionsOf } from './mentions.js';

/**
 * An output's render with jekyll-mentions applied after it (the plugin rewrites each page's and
 * document's output once it is rendered); the render itself when the plugin leaves the item alone.
 */
export function withMentions(site: Site, item: Page | Post | CollectionDoc, render: () => Pieces): () => Pieces {
  const mentions = mentionsOf(site, item);
  if (!mentions) return render;
  return () => {
    const pieces = render();
    const hasAt = pieces.some((p) => (typeof p === 'string' ? p.includes('@') : p.some((part) => part.includes('@'))));
    if (!hasAt) return pieces;
    const text = piecesText(pieces);
    const out = mentions(text);
    return out === text ? pieces : [out];
  };
}
