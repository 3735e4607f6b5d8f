// Written by `ruby scripts/addressable-nfkc.rb` (Addressable 2.8.1); do not edit.
// The characters past ASCII that Addressable's NFKC changes (2577, up to U+FFEE), as
// hexadecimal code points and ranges; it leaves every other one as it is.
export const ADDRESSABLE_NFKC_CHANGES =
  'a0,a8,aa,af,b2-b5,b8-ba,bc-be,132-133,13f-140,149,17f,1c4-1cc,1f1-1f3,2b0-2b8,2d8-2dd,2e0-2e4,' +
  '340-341,343-344,374,37a,37e,384-385,387,3d0-3d6,3f0-3f2,587,675-678,958-95f,9dc-9dd,9df,a33,a36,' +
  'a59-a5b,a5e,b5c-b5d,e33,eb3,edc-edd,f0c,f43,f4d,f52,f57,f5c,f69,f73,f75-f79,f81,f93,f9d,fa2,fa7,' +
  'fac,fb9,1e9a-1e9b,1f71,1f73,1f75,1f77,1f79,1f7b,1f7d,1fbb,1fbd-1fc1,1fc9,1fcb,1fcd-1fcf,1fd3,' +
  '1fdb,1fdd-1fdf,1fe3,1feb,1fed-1fef,1ff9,1ffb,1ffd-1ffe,2000-200a,2011,2017,2024-2026,202f,' +
  '2033-2034,2036-2037,203c,203e,2048-2049,2070,2074-208e,20a8,2100-2103,2105-2107,2109-2113,' +
  '2115-2116,2119-211d,2120-2122,2124,2126,2128,212a-212d,212f-2131,2133-2139,2153-217f,222c-222d,' +
  '222f-2230,2329-232a,2460-24ea,2e9f,2ef3,2f00-2fd5,3000,3036,3038-303a,309b-309c,3131-318e,' +
  '3192-319f,3200-321c,3220-3243,3260-327b,3280-32b0,32c0-32cb,32d0-32fe,3300-3376,337b-33dd,' +
  '33e0-33fe,f900-fa0d,fa10,fa12,fa15-fa1e,fa20,fa22,fa25-fa26,fa2a-fa2d,fb00-fb06,fb13-fb17,' +
  'fb1f-fb36,fb38-fb3c,fb3e,fb40-fb41,fb43-fb44,fb46-fbb1,fbd3-fd3d,fd50-fd8f,fd92-fdc7,fdf0-fdfb,' +
  'fe30-fe44,fe49-fe52,fe54-fe66,fe68-fe6b,fe70-fe72,fe74,fe76-fefc,ff01-ff5e,ff61-ffbe,ffc2-ffc7,' +
  'ffca-ffcf,ffd2-ffd7,ffda-ffdc,ffe0-ffe6,ffe8-ffee';
// Where Addressable's table makes of a character other than today's NFKC does.
export const ADDRESSABLE_NFKC_OLDER: Readonly<Record<number, string>> = {
  63825: '\u{96fb}', // U+F951
};
