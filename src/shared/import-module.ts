// The installed command runs from V8's code cache (src/cli/code-cache.ts), compiled by vm, where
// an import() of its own would need an experimental hook that warns on stderr: its loader hands
// the program `kilnImport`, an import() made outside. Everywhere else there is none.
declare const kilnImport: ((specifier: string) => Promise<unknown>) | undefined;

/** import() of an ES module by package name or file URL (sass, open, a site's plugins). */
export function importModule<T>(specifier: string): Promise<T> {
  return (typeof kilnImport === 'function' ? kilnImport(specifier) : import(specifier)) as Promise<T>;
}
