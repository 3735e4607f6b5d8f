// Intl's answers about time zones kept between runs of the command, in kiln's cache folder beside
// the code cache (cli/code-cache.ts): what a site's dates need (its zone is valid; a post's date
// at midnight in it) is the same every build, and asking Intl costs each build its first
// formatter, which loads ICU's locale data. The file belongs to one Node and its ICU data (their
// versions, and any ICU data given from outside) and is checked against its own hash; anything
// else about it (missing, another Node's, damaged) is a file without answers.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { KeptIntlAnswers, ZonedParts } from '../shared/dates.js';

// 2: years before 1 are counted as Ruby counts them (1 BC is year 0), not by Intl's era.
const MAGIC = 'kiln intl answers 2\n';
const FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'weekday', 'offsetMinutes'] as const;

/** The answers kept in `dir` for this Node, and the way to write them back when a run added some. */
export function keptIntlAnswers(dir: string): { answers: KeptIntlAnswers; save: () => void } {
  const icu = [
    process.version,
    process.arch,
    process.versions.icu,
    process.versions.tz,
    process.versions.unicode,
    process.env.NODE_ICU_DATA ?? '',
    process.execArgv.filter((a) => a.includes('icu')),
  ];
  const key = createHash('sha256').update(JSON.stringify(icu)).digest('hex').slice(0, 32);
  const path = join(dir, `intl-${key}.json`);
  const answers = read(path) ?? {
    zones: new Set<string>(),
    parts: new Map<string, ZonedParts>(),
    used: new Set<string>(),
    added: false,
  };
  // Written only when this run had to ask Intl: otherwise the file already answers it.
  return { answers, save: () => answers.added && write(dir, path, answers) };
}

function read(path: string): KeptIntlAnswers | undefined {
  try {
    const text = readFileSync(path, 'utf8');
    const sum = text.slice(MAGIC.length, MAGIC.length + 64);
    const json = text.slice(MAGIC.length + 65);
    if (!text.startsWith(MAGIC) || createHash('sha256').update(json).digest('hex') !== sum) return undefined;
    const data = JSON.parse(json) as { zones: unknown; parts: unknown };
    if (!Array.isArray(data.zones) || !Array.isArray(data.parts)) return undefined;
    const zones = new Set<string>();
    for (const zone of data.zones) {
      if (typeof zone !== 'string') return undefined;
      zones.add(zone);
    }
    const parts = new Map<string, ZonedParts>();
    for (const entry of data.parts) {
      if (!Array.isArray(entry) || entry.length !== FIELDS.length + 1 || typeof entry[0] !== 'string') return undefined;
      const values = entry.slice(1);
      if (!values.every((v) => Number.isInteger(v))) return undefined;
      parts.set(entry[0], Object.fromEntries(FIELDS.map((f, i) => [f, values[i]])) as unknown as ZonedParts);
    }
    return { zones, parts, used: new Set(), added: false };
  } catch {
    return undefined;
  }
}

/**
 * Writes what this run asked for (so a site that prints the build time, a new instant each run,
 * does not make the file grow), whole or not at all; a run that cannot write it only asks Intl
 * again next time.
 */
function write(dir: string, path: string, answers: KeptIntlAnswers): void {
  try {
    const json = JSON.stringify({
      zones: [...answers.zones],
      parts: [...answers.used].flatMap((key) => {
        // Instants in a zone of fixed offset are arithmetic, not Intl's.
        const p = answers.parts.get(key);
        return p ? [[key, ...FIELDS.map((f) => p[f])]] : [];
      }),
    });
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temp = `${path}.${process.pid}.tmp`;
    writeFileSync(temp, `${MAGIC}${createHash('sha256').update(json).digest('hex')}\n${json}`, { mode: 0o600 });
    renameSync(temp, path);
  } catch {
    // Only slower next time.
  }
}
