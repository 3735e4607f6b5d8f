/**
 * Jekyll's include tag's rule for a file name (validate_file_name), which include_relative and
 * jekyll-multiple-languages' `{% tf %}` share: only these characters, and no `..` or `//`.
 */
export function isJekyllFileName(name: string): boolean {
  return !/[./]{2,}/.test(name) && /^[\w/.\-()+~#@]+$/.test(name);
}
