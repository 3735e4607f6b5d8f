/**
 * A template filter. Template engines hand filters whatever values a template holds, untyped,
 * so each filter checks what it was given.
 */
// biome-ignore lint/suspicious/noExplicitAny: the engines call filters with untyped arguments
export type Filter = (...args: any[]) => unknown;
