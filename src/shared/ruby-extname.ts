/**
 * Ruby's File.extname (Ruby 3.1, which runs Jekyll 4.3.1): from the last period of the last
 * segment, when a character other than a period comes before it (`.htaccess`, `..foo` and `...`
 * have none); a name ending in a period has `.` (`notes.`).
 */
export function rubyExtname(path: string): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  const start = base.search(/[^.]/);
  const dot = base.lastIndexOf('.');
  return start >= 0 && dot > start ? base.slice(dot) : '';
}
