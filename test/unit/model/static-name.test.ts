import { describe, expect, it } from 'vitest';
import { cleanedStaticPath, staticBasename } from '../../../src/model/static-name.js';
import { rubyExtname } from '../../../src/shared/ruby-extname.js';

describe('static file names', () => {
  it('takes the extension from the last period, none from a leading one', () => {
    expect(rubyExtname('IMG_001..jpg')).toBe('.jpg');
    expect(rubyExtname('.htaccess')).toBe('');
    expect(rubyExtname('a.')).toBe('.');
    expect(rubyExtname('README')).toBe('');
    expect(rubyExtname('..foo')).toBe('');
    expect(rubyExtname('.a.b')).toBe('.b');
  });

  it('drops the periods ending the stem', () => {
    expect(staticBasename('IMG_001..jpg')).toBe('IMG_001');
    expect(staticBasename('c..d..gif')).toBe('c..d');
    expect(staticBasename('a..')).toBe('a');
    expect(staticBasename('.htaccess')).toBe('.htaccess');
  });

  it('cleans only the name of a path', () => {
    expect(cleanedStaticPath('img/IMG_001..jpg')).toBe('img/IMG_001.jpg');
    expect(cleanedStaticPath('v2.0/a...png')).toBe('v2.0/a.png');
    expect(cleanedStaticPath('a/b.jpg')).toBe('a/b.jpg');
  });
});
