// What a document type declaration tells a well-formedness check about entities. saxes reads the
// declaration as text and knows only the five predefined entities, but XML 1.0 lets a document
// declare its own (`<!DOCTYPE rss [<!ENTITY nbsp "&#160;">]>`), and where part of its DTD is not
// read (an external subset, a parameter entity reference) an entity it does not declare breaks
// only validity, not well-formedness ("Entity Declared", XML 1.0 §4.1), unless it says
// standalone="yes". kiln fetches no DTD; expat, which reads none either, judges the same way.

export interface DoctypeEntities {
  /** The general entities the internal subset declares, by name, with their replacement text. */
  readonly entities: ReadonlyMap<string, string>;
  /** Whether part of the DTD is not read here: an external subset or a parameter entity reference. */
  readonly unread: boolean;
}

const SPACE = new Set([' ', '\t', '\r', '\n']);

/** Reads a doctype's text as saxes gives it: what follows `<!DOCTYPE` up to its closing `>`. */
export function doctypeEntities(doctype: string): DoctypeEntities {
  const entities = new Map<string, string>();
  let unread = false;
  let i = 0;
  const skipSpace = () => {
    while (i < doctype.length && SPACE.has(doctype[i]!)) i++;
  };
  const name = () => {
    const start = i;
    while (i < doctype.length && !SPACE.has(doctype[i]!) && !'[]>"\'%;'.includes(doctype[i]!)) i++;
    return doctype.slice(start, i);
  };
  /** A quoted literal's text, or undefined (nothing read) when none starts here. */
  const literal = () => {
    const quote = doctype[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = doctype.indexOf(quote, i + 1);
    const text = doctype.slice(i + 1, end < 0 ? doctype.length : end);
    i = end < 0 ? doctype.length : end + 1;
    return text;
  };
  /** Past the `>` that ends a markup declaration, over quoted literals. */
  const skipDeclaration = () => {
    while (i < doctype.length && doctype[i] !== '>') if (literal() === undefined) i++;
    i++;
  };
  /** Past `until`, or to the end. */
  const skipPast = (until: string) => {
    const end = doctype.indexOf(until, i);
    i = end < 0 ? doctype.length : end + until.length;
  };

  skipSpace();
  name(); // the root element's
  skipSpace();
  if (doctype.startsWith('SYSTEM', i) || doctype.startsWith('PUBLIC', i)) unread = true;
  while (i < doctype.length && doctype[i] !== '[') if (literal() === undefined) i++;
  i++;
  while (i < doctype.length) {
    skipSpace();
    if (doctype[i] === ']' || i >= doctype.length) break;
    if (doctype.startsWith('<!--', i)) skipPast('-->');
    else if (doctype.startsWith('<?', i)) skipPast('?>');
    else if (doctype.startsWith('<!ENTITY', i)) {
      i += '<!ENTITY'.length;
      skipSpace();
      const parameter = doctype[i] === '%';
      if (parameter) i++;
      skipSpace();
      const entity = name();
      skipSpace();
      const value = literal();
      // An external entity (SYSTEM or PUBLIC) is declared too; one with NDATA (unparsed) may not be referenced.
      const start = i;
      skipDeclaration();
      const unparsed = value === undefined && doctype.slice(start, i).includes('NDATA');
      // The first declaration of a name binds it.
      if (!parameter && entity && !unparsed && !entities.has(entity)) entities.set(entity, value ?? '');
    } else if (doctype.startsWith('<!', i)) skipDeclaration();
    else if (doctype[i] === '%') {
      unread = true;
      skipPast(';');
    } else break; // not a declaration: the check does not read the subset's own mistakes
  }
  return { entities, unread };
}
