import { describe, expect, it } from 'vitest';
import { cleanedStaticPath, staticBasename, staticExtname } from '../../../src/model/static-name.js';

describe('static file names', () => {
  it('takes the extension from the last period, none from a leading one', () => {
    expect(staticExtname('IMG_001..jpg')).toBe('.jpg');
    expect(staticExtname('.htaccess')).toBe('');
    expect(staticExtname('a.')).toBe('.');
    expect(staticExtname('README')).toBe('');
    expect(staticExtname('..foo')).toBe('');
    expect(staticExtname('.a.b')).toBe('.b');
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
