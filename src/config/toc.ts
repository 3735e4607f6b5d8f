import type { ConfigFail, TocConfig } from './types.js';
import { describe, switchValue } from './values.js';

const KEY = 'toc';

/** jekyll-toc's defaults, which the site's `toc:` is merged over. */
export const TOC_DEFAULTS: TocConfig = {
  minLevel: 1,
  maxLevel: 6,
  orderedList: false,
  noTocSectionClasses: ['no_toc_section'],
  listId: 'toc',
  listClass: 'section-nav',
  sublistClass: '',
  itemClass: 'toc-entry',
  itemPrefix: 'toc-',
};

const isMapping = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date);

/**
 * `toc:` merged over jekyll-toc's defaults. A `toc:` that is no mapping is the defaults, as the
 * plugin takes it (a theme may use the key for a switch of its own); inside one, a value the
 * plugin would fail on or misread (`min_level: two`, `ordered_list: maybe`) stops kiln.
 */
export function readToc(v: unknown, fail: ConfigFail): TocConfig {
  if (!isMapping(v)) return TOC_DEFAULTS;
  const at = (name: string) => `${KEY}.${name}`;
  const level = (name: string, unset: number) => {
    const value = v[name];
    if (value === undefined) return unset;
    if (typeof value !== 'number' || !Number.isInteger(value))
      throw fail(`${at(name)} must be a header level such as 2, not ${describe(value)}`, at(name));
    return value;
  };
  const text = (name: string, unset: string) => {
    const value = v[name];
    if (value === undefined) return unset;
    if (typeof value === 'object' && value !== null)
      throw fail(`${at(name)} must be a single value, not ${describe(value)}`, at(name));
    return value === null ? '' : String(value);
  };
  const minLevel = level('min_level', TOC_DEFAULTS.minLevel);
  const maxLevel = level('max_level', TOC_DEFAULTS.maxLevel);
  if (minLevel > maxLevel)
    throw fail(`toc.min_level (${minLevel}) must not be above toc.max_level (${maxLevel})`, at('min_level'));
  let orderedList = TOC_DEFAULTS.orderedList;
  if (v.ordered_list !== undefined && v.ordered_list !== null) {
    const on = switchValue(v.ordered_list);
    if (on === null)
      throw fail(`${at('ordered_list')} must be true or false, not ${describe(v.ordered_list)}`, at('ordered_list'));
    orderedList = on;
  }
  let noTocSectionClasses = TOC_DEFAULTS.noTocSectionClasses;
  const sections = v.no_toc_section_class;
  if (sections !== undefined) {
    const list = Array.isArray(sections) ? sections : [sections];
    if (sections === null || list.some((c) => typeof c === 'object' && c !== null) || list.length === 0)
      throw fail(
        `${at('no_toc_section_class')} must be a class name or a list of them, not ${describe(sections)}`,
        at('no_toc_section_class'),
      );
    noTocSectionClasses = list.filter((c) => c !== null).map(String);
  }
  return {
    minLevel,
    maxLevel,
    orderedList,
    noTocSectionClasses,
    listId: text('list_id', TOC_DEFAULTS.listId),
    listClass: text('list_class', TOC_DEFAULTS.listClass),
    sublistClass: text('sublist_class', TOC_DEFAULTS.sublistClass),
    itemClass: text('item_class', TOC_DEFAULTS.itemClass),
    itemPrefix: text('item_prefix', TOC_DEFAULTS.itemPrefix),
  };
}
