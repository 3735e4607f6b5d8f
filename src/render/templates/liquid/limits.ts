// The limits of a template render, in a module of their own: the Liquid engine's modules load at
// their first call (scripts/bundle-cli.mjs), and a Nunjucks build reads these without them.

/** Ruby Liquid stops nesting at 100 levels ("Nesting too deep"); includes count here. */
export const MAX_INCLUDE_DEPTH = 100;
/** The values and characters one Liquid render may make (liquidjs' `memoryLimit`). */
export const MAX_RENDER_MEMORY = 10_000_000;
