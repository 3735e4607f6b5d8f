import { describe, expect, it } from 'vitest';
import { doctypeEntities } from '../../../src/verify/doctype.js';
import { xmlError } from '../../../src/verify/well-formed.js';

const verdict = (text: string) => xmlError(text)?.message ?? 'well-formed';

// Each verdict is expat's (Python's xml.parsers.expat, which reads no external DTD either).
describe('entities a document declares', () => {
  it('takes the general entities of the internal subset, in content and attribute values', () => {
    expect(verdict('<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>\n<rss>a&nbsp;b</rss>')).toBe('well-formed');
    expect(verdict('<!DOCTYPE rss [\n<!ENTITY nbsp \'&#160;\'>\n]>\n<rss a="x&nbsp;y">a</rss>')).toBe('well-formed');
    expect(verdict('<!DOCTYPE rss [ <!ENTITY a SYSTEM "a.xml"> ]>\n<rss>&a;</rss>')).toBe('well-formed');
    expect(verdict('<!DOCTYPE rss [ <!ENTITY q \'say "hi"\'> <!ENTITY q "again"> ]>\n<rss>&q;</rss>')).toBe(
      'well-formed',
    );
  });

  it('refuses an entity it does not declare, when the whole DTD is read', () => {
    expect(verdict('<!DOCTYPE rss [ <!ENTITY nbsp "&#160;"> ]>\n<rss>a&mdash;b</rss>')).toBe('undefined entity.');
    expect(verdict('<!DOCTYPE rss>\n<rss>&nbsp;</rss>')).toBe('undefined entity.');
    // A parameter entity, one in a comment or a processing instruction, an unparsed one: not a general entity.
    expect(verdict('<!DOCTYPE rss [ <!ENTITY % p "x"> ]>\n<rss>&p;</rss>')).toBe('undefined entity.');
    expect(verdict('<!DOCTYPE rss [ <!-- <!ENTITY nbsp "x"> --> ]>\n<rss>&nbsp;</rss>')).toBe('undefined entity.');
    expect(verdict('<!DOCTYPE rss [ <?pi <!ENTITY nbsp "x"> ?> ]>\n<rss>&nbsp;</rss>')).toBe('undefined entity.');
    expect(verdict('<!DOCTYPE r [ <!NOTATION g SYSTEM "g"> <!ENTITY a SYSTEM "a.gif" NDATA g> ]>\n<r>&a;</r>')).toBe(
      'undefined entity.',
    );
  });

  it('takes an undeclared entity where a DTD it does not read may declare it, unless the document is standalone', () => {
    const rss091 =
      '<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">';
    expect(verdict(`<?xml version="1.0"?>\n${rss091}\n<rss a="&nbsp;">&nbsp;&mdash;</rss>`)).toBe('well-formed');
    expect(verdict(`<?xml version="1.0" standalone="no"?>\n${rss091}\n<rss>&nbsp;</rss>`)).toBe('well-formed');
    expect(verdict('<!DOCTYPE rss SYSTEM "x.dtd" [ <!ENTITY a "1"> ]>\n<rss>&a;&nbsp;</rss>')).toBe('well-formed');
    expect(verdict('<!DOCTYPE rss [ <!ENTITY % p SYSTEM "p.dtd"> %p; ]>\n<rss>&nbsp;</rss>')).toBe('well-formed');
    expect(verdict(`<?xml version="1.0" standalone="yes"?>\n${rss091}\n<rss>&nbsp;</rss>`)).toBe('undefined entity.');
    // Only undeclared entities: anything else is refused as before.
    expect(verdict(`${rss091}\n<rss>&1x;</rss>`)).not.toBe('well-formed');
    expect(verdict(`${rss091}\n<rss>a & b</rss>`)).not.toBe('well-formed');
  });

  it('reads the declaration saxes hands over', () => {
    expect(doctypeEntities(' rss [ <!ENTITY nbsp "&#160;"> <!ENTITY q \'a"b\'> ]')).toEqual({
      entities: new Map([
        ['nbsp', '&#160;'],
        ['q', 'a"b'],
      ]),
      unread: false,
    });
    expect(doctypeEntities(' html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "x [ y"').unread).toBe(true);
    expect(doctypeEntities(' rss [ <!ATTLIST rss a CDATA "%p;"> ]').unread).toBe(false);
  });
});
