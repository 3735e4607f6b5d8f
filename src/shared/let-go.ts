/**
 * What reading a text a clean build let go throws (source/types.ts, model/excerpt.ts): such texts
 * are read no more, and are let go so that memory holds what is still to be written, not every
 * source (at 10,000 posts their texts are 65 MB). A read nobody expected fails loudly instead of
 * seeing nothing.
 */
export function readAfterLetGo(what: string, key: string): Error {
  return new Error(`kiln: ${what}: its ${key} was read after the build let it go`);
}

/**
 * A copy of `text` that keeps nothing else alive. V8 keeps a substring of 13 characters or more
 * as a view of the string it was cut from: values cut from a post's front matter would keep its
 * whole text for as long as the site is kept. The concatenation is made flat by the slice, which
 * copies it.
 */
export function detached(text: string): string {
  return ` ${text}`.slice(1);
}
