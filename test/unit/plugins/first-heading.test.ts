import { describe, expect, it } from 'vitest';
import { firstHeading } from '../../../src/plugins/first-heading.js';

/** The title text and what strip_title leaves (Ruby's strip of the rest), or null and the text trimmed. */
function read(text: string): [string | null, string] {
  const found = firstHeading(text);
  const rest = found ? text.slice(found.end) : text;
  return [found?.text ?? null, rest.replace(/^[\0\t\n\v\f\r ]+|[\0\t\n\v\f\r ]+$/g, '')];
}

// Each expectation is what jekyll-titles-from-headings 0.5.3 gives for the text (its title before
// markup is stripped, and its content after strip_title), as Ruby ran it.
describe("jekyll-titles-from-headings' heading", () => {
  it('is an ATX heading of level 1 to 3 that opens the content, the rest of its line', () => {
    expect(read('# Title\n\nbody')).toEqual(['Title', 'body']);
    expect(read('### Three')).toEqual(['Three', '']);
    expect(read('#### Four')).toEqual([null, '#### Four']);
    expect(read('#Title')).toEqual([null, '#Title']);
    expect(read('## Closed ##\n')).toEqual(['Closed ##', '']);
    expect(read('Para\n\n# Later')).toEqual([null, 'Para\n\n# Later']);
  });

  it('takes the white space after the hashes over lines, and any white space before them', () => {
    expect(read('#\n\nNext line\nmore')).toEqual(['Next line', 'more']);
    expect(read('# ')).toEqual(['', '']);
    expect(read('  \n\t# Indented\nx')).toEqual(['Indented', 'x']);
    expect(read('\f# Form feed\n')).toEqual(['Form feed', '']);
  });

  it('is a line underlined with - and =, mixed, with only white space after them', () => {
    expect(read('Title\n=====\nbody')).toEqual(['Title', 'body']);
    expect(read('Title\n-=-=  \nbody')).toEqual(['Title', 'body']);
    expect(read('Title\n---')).toEqual(['Title', '']);
    expect(read('Title\n= =\n')).toEqual([null, 'Title\n= =']);
    expect(read('* list\n- item')).toEqual([null, '* list\n- item']);
    // An empty line counts as the heading's: the title is empty.
    expect(read('\n---\nbody')).toEqual(['', 'body']);
  });

  it('keeps a CR before the line end in the text (Markdown drops it from the title)', () => {
    expect(read('Title\r\n---\r\nbody')).toEqual(['Title\r', 'body']);
  });

  it('takes a following line of one to three hashes along when it strips, not a heading of level 4', () => {
    expect(read('# Title\n\n###\n\nrest')).toEqual(['Title', 'rest']);
    expect(read('# Title\n\n#### four\n')).toEqual(['Title', '#### four']);
  });
});
