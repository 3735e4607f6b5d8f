import yaml from 'js-yaml';
import { KilnError } from './errors.js';

// Timestamps stay strings so that dates follow Jekyll's zone rules (dates.ts), and `<<` merges work.
// (`types` is exported by js-yaml 4 but missing from its type definitions.)
const { merge } = (yaml as unknown as { types: { merge: yaml.Type } }).types;
const SCHEMA = yaml.CORE_SCHEMA.extend([merge]);

/**
 * Parses YAML as Jekyll reads it. `json: true` makes a repeated key keep its last value, as
 * Ruby's Psych does. Errors name `file` and the line, shifted by `firstLine - 1`.
 */
export function parseYaml(text: string, file: string, firstLine = 1): unknown {
  try {
    return yaml.load(text, { schema: SCHEMA, json: true, filename: file });
  } catch (e) {
    if (e instanceof yaml.YAMLException) {
      const line = e.mark ? e.mark.line + firstLine : undefined;
      throw new KilnError(`invalid YAML: ${e.reason}`, file, line, { cause: e });
    }
    throw e;
  }
}
