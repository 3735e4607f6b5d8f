import { r, type StatefulLanguage } from './machine.js';

// FICO Xpress Mosel as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/mosel/): a `!`
// comment takes its line break, `(! !)` comments `cm`; the language's keywords `k` (`end-if` is
// `end`, `-`, `if`), the core functions and constants `nb`, the optimiser's (mmxprs) functions
// `nf` and its `XPRS_` constants `no`; strings with `\` escapes, numbers (`1..10`, `1.5e3`) `m`,
// every sign and bracket punctuation.
const list = (words: string) => new RegExp(`(?:${words.trim().split(/\s+/).join('|')})\\b`);
const KEYWORDS =
  'and array as boolean break case count counter declarations div do dynamic elif else end evaluation exit ' +
  'forall forward from function if imports in include initialisations initializations integer inter ' +
  'is_binary is_continuous is_free is_integer is_partint is_semcont is_semint is_sos1 is_sos2 linctr list max ' +
  'min mod model mpvar next not of options or package parameters procedure prod public range real record ' +
  'repeat requirements set string sum then to union until uses version while with';
const CORE =
  'abs arctan assert bitflip bitneg bitset bitshift bittest bitval ceil cos create currentdate currenttime ' +
  'cuthead cuttail delcell exists exp exportprob fclose fflush finalize findfirst findlast floor fopen ' +
  'fselect fskipline getact getcoeff getcoeffs getdual getfid getfirst getlast getobjval getparam getrcost ' +
  'getreadcnt getreverse getsize getslack getsol gettype getvars ishidden isodd ln log makesos1 makesos2 ' +
  'maxlist minlist publish random read readln reset reverse round setcoeff sethidden setioerr setname ' +
  'setparam setrandseed settype sign sin splithead splittail sqrt strfmt substr timestamp unpublish write ' +
  'writeln true false';
const OPTIMISER =
  'clearmipdir clearmodcut command copysoltoinit defdelayedrows defsecurevecs estimatemarginals fixglobal ' +
  'getbstat getdualray getiis getiissense getiistype getinfcause getinfeas getlb getloadedlinctrs ' +
  'getloadedmpvars getname getprimalray getprobstat getrange getsensrng getsize getsol getub getvars ' +
  'implies indicator isiisvalid isintegral loadbasis loadmipsol loadprob maximize maximise minimize minimise ' +
  'postsolve readbasis readdirs readsol refinemipsol rejectintsol repairinfeas resetbasis resetiis ' +
  'resetsol savebasis savemipsol savesol savestate selectsol setbstat setcallback setcbcutoff setgndata ' +
  'setlb setmipdir setmodcut setsol setub setucbdata stopoptimize unloadprob writebasis writedirs writeprob writesol';

export const mosel = (): StatefulLanguage => ({
  start: ['root'],
  states: {
    root: [
      r(/\s+/, ''),
      r(/!.*\n?/, 'c1'),
      r(/\(![\s\S]*?!\)/, 'cm'),
      r(list(KEYWORDS), 'k'),
      r(list(CORE), 'nb'),
      r(list(OPTIMISER), 'nf'),
      r(/XPRS_\w+/, 'no'),
      r(/[a-z_]\w*/i, 'n'),
      r(/\d+(?:\.\.?\d*)*(?:e[+-]?\d+)?/i, 'm'),
      r(/"/, 's2', 'double'),
      r(/'[^'\n]*'/, 's1'),
      r(/[-+*/^=<>:;,.|()[\]{}#&]+/, 'p'),
    ],
    double: [r(/\\./, 'se'), r(/"/, 's2', '#pop'), r(/[^"\\]+/, 's2')],
  },
});
