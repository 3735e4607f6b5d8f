// A static file's name as Jekyll's StaticFile splits it: the extension from the last period
// (none for `.htaccess`), and the name before it without trailing periods (`IMG_001..jpg` is
// `IMG_001` and `.jpg`), as Jekyll's basename and URL take it.

import { rubyExtname } from '../shared/ruby-extname.js';

/** The name without its extension and trailing periods. */
export function staticBasename(name: string): string {
  return name.slice(0, name.length - rubyExtname(name).length).replace(/\.+$/, '');
}

/** A site file's path as its URL takes it (without a leading slash): the name's stem without trailing periods. */
export function cleanedStaticPath(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const ext = rubyExtname(name);
  return path.slice(0, path.length - ext.length).replace(/\.+$/, '') + ext;
}
