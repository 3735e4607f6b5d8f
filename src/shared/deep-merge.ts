/** A YAML mapping (not a list, a date or nothing). */
export const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * Jekyll's `Utils.deep_merge_hashes`: `over`'s values win, mappings in both merge key by key, and
 * a null (or absent) value of `over` leaves `base`'s; keys keep the order they came in.
 */
export function deepMergeHashes(
  base: Readonly<Record<string, unknown>>,
  over: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    if (value === null || value === undefined) {
      if (!(key in out)) out[key] = null;
      continue;
    }
    const before = out[key];
    out[key] = isMapping(before) && isMapping(value) ? deepMergeHashes(before, value) : value;
  }
  return out;
}
