// YAML 1.1's words for true and false, which Jekyll's YAML reader (Psych) still knows.
const TRUE = /^(?:true|yes|on)$/i;
const FALSE = /^(?:false|no|off)$/i;

/** A switch's value: true or false (also yes/no, on/off, as Jekyll reads them); null when it is neither. */
export function switchValue(v: unknown): boolean | null {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'string' && TRUE.test(v)) return true;
  if (typeof v === 'string' && FALSE.test(v)) return false;
  return null;
}

/** A value as a message names it: `"many"`, a list, a mapping. */
export function describe(v: unknown): string {
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'object' && v !== null) return 'a mapping';
  return JSON.stringify(String(v));
}
