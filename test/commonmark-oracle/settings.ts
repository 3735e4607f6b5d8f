import { readCommonmark } from '../../src/config/commonmark.js';
import { KilnError } from '../../src/shared/errors.js';
import type { CommonmarkSettings } from './oracle.js';

/** The `commonmark:` settings the random documents are converted with: none, and what GFM sites name. */
export const SETTINGS: Readonly<Record<string, CommonmarkSettings>> = {
  bare: { options: [], extensions: [] },
  gfm: {
    options: ['UNSAFE', 'SMART'],
    extensions: ['table', 'strikethrough', 'autolink', 'tagfilter', 'tasklist'],
  },
  breaks: {
    options: ['unsafe', 'hardbreaks', 'github_pre_lang', 'strikethrough_double_tilde'],
    extensions: ['table', 'tasklist', 'strikethrough'],
  },
};

/** kiln's CommonMark options for `settings`, read as _config.yml's would be. */
export function optionsFor(settings: CommonmarkSettings) {
  const raw = {
    markdown: 'CommonMark',
    commonmark: { options: [...settings.options], extensions: [...settings.extensions] },
  };
  return readCommonmark(raw, (message: string) => new KilnError(message, '_config.yml')).commonmark;
}
