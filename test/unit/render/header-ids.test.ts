import { describe, expect, it } from 'vitest';
import { classicHeaderId, gfmHeaderId, uniqueId } from '../../../src/render/markdown/header-ids.js';

// The two rules of SPEC §5; kramdown's own vectors are in test/markdown/cases/header-ids*.txt.
describe('header ids, kramdown 2 + GFM rule', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['Table API & SQL', 'table-api--sql'],
    ['1.2 Release: Dynamic Scaling / Key Groups', '12-release-dynamic-scaling--key-groups'],
    ['Über uns', 'über-uns'],
    ['snake_case stays', 'snake_case-stays'],
    ['!!!', ''],
    ['第Ⅱ章 二〇二四', '第ⅱ章-二〇二四'],
    ['Ⓐ x² ½', 'ⓐ-x-'],
  ])('%s → %s', (text, id) => expect(gfmHeaderId(text)).toBe(id));
});

describe('header ids, kramdown 1 classic rule', () => {
  it.each([
    ['Hello World', 'hello-world'],
    ['Table API & SQL', 'table-api--sql'],
    ['1.2 Release', 'release'],
    ['123', 'section'],
    ['Über uns', 'ber-uns'],
    ['A [link](http://x.org/y)', 'a-linkhttpxorgy'],
  ])('%s → %s', (text, id) => expect(classicHeaderId(text)).toBe(id));
});

describe('repeated ids', () => {
  it('number from 1', () => {
    const used = new Map<string, number>();
    expect(['a', 'a', 'a', 'b'].map((id) => uniqueId(id, used))).toEqual(['a', 'a-1', 'a-2', 'b']);
  });
});
