import { lazyLanguage, type Machine, mixin, r, type StatefulLanguage } from './machine.js';
import { BLANK, SPACE, WORD_END } from './ruby-regex.js';

// Lua as Rouge 3.30 lexes it, in Rouge's markup (checked on test/highlight-oracle/exact/lua/,
// the sample and random code): a `#!` line at the very start `cp`; `--[[…]]` (any level of `=`)
// `cm`, other `--` comments `c1`; `[[…]]` strings `s`; quoted strings `s1`/`s2` whose escapes
// are `se` only where a string's text starts (after the quote or another escape: Rouge's `[^']+`
// takes the rest, backslashes and all); numbers as Rouge's rules find them: a decimal `mf` only
// when a `'` follows it (Rouge's pattern ends in one), so `2.5` is `mi` `p` `mi`, `1e3` `mf`,
// `0x…` `mh`; `and or not` `ow`, keywords `k`, `local` `kd`, `true false nil` `kc`; after
// `function` a name `nf` (`a.b` `nc` `p` `nf`; `a:b` leaves `:b` to the code); a name (one dot
// allowed) `nb` when in Rouge's list of Lua's builtins (`print`, `string.format`; in lower case,
// so `_G` is a name), else `n` `p` `n`. After the name `gsub` Rouge reads the call's `"…"`
// arguments as patterns (`sr`, classes and escapes `se`), and takes anything but `(`, `,`, `)`,
// blanks and `"` there as an error `err`, a character at a time, as it shows them.
/** Rouge's Lua builtins (lua/keywords.rb, all modules), those a name can match. */
const BUILTINS = new Set(
  `
_g _version assert collectgarbage dofile error getmetatable ipairs load loadfile next pairs pcall 
print rawequal rawget rawlen rawset select setmetatable tonumber tostring type xpcall lua_cpath 
lua_cpath_5_3 lua_init lua_init_5_3 lua_path lua_path_5_3 luaopen_base luaopen_coroutine 
luaopen_debug luaopen_io luaopen_math luaopen_os luaopen_package luaopen_string luaopen_table 
luaopen_utf8 lua_errerr lua_errfile lua_errgcmm lua_errmem lua_errrun lua_errsyntax lua_hookcall 
lua_hookcount lua_hookline lua_hookret lua_hooktailcall lua_maskcall lua_maskcount lua_maskline 
lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd 
lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople lua_oplt 
lua_opmod lua_opmul lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm lua_refnil lua_registryindex 
lua_ridx_globals lua_ridx_mainthread lua_tboolean lua_tfunction lua_tlightuserdata lua_tnil 
lua_tnone lua_tnumber lua_tstring lua_ttable lua_tthread lua_tuserdata lua_use_apicheck lua_yield 
lual_buffersize require package.config package.cpath package.loaded package.loadlib package.path 
package.preload package.searchers package.searchpath coroutine.create coroutine.isyieldable 
coroutine.resume coroutine.running coroutine.status coroutine.wrap coroutine.yield debug.debug 
debug.gethook debug.getinfo debug.getlocal debug.getmetatable debug.getregistry debug.getupvalue 
debug.getuservalue debug.sethook debug.setlocal debug.setmetatable debug.setupvalue 
debug.setuservalue debug.traceback debug.upvalueid debug.upvaluejoin io.close io.flush io.input 
io.lines io.open io.output io.popen io.read io.stderr io.stdin io.stdout io.tmpfile io.type 
io.write math.abs math.acos math.asin math.atan math.ceil math.cos math.deg math.exp math.floor 
math.fmod math.huge math.log math.max math.maxinteger math.min math.mininteger math.modf math.pi 
math.rad math.random math.randomseed math.sin math.sqrt math.tan math.tointeger math.type math.ult 
os.clock os.date os.difftime os.execute os.exit os.getenv os.remove os.rename os.setlocale os.time 
os.tmpname string.byte string.char string.dump string.find string.format string.gmatch string.gsub 
string.len string.lower string.match string.pack string.packsize string.rep string.reverse 
string.sub string.unpack string.upper table.concat table.insert table.move table.pack table.remove 
table.sort table.unpack utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len utf8.offset
`
    .trim()
    .split(/\s+/),
);
const ID = '[A-Za-z_][A-Za-z0-9_]*';

export const luaRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [r(/#![^\n]*/, 'cp'), r(/(?:)/, (m) => m.push('base'))],
    base: [
      r(/--\[(=*)\[[\s\S]*?\]\1\]/, 'cm'),
      r(/--[^\n]*/, 'c1'),
      r(/(?:\d*\.\d+|\d+\.\d*)(?:[eE][+-]?\d+)?'/, 'mf'),
      r(/\d+[eE][+-]?\d+/, 'mf'),
      r(/0[xX][0-9a-fA-F]*/, 'mh'),
      r(/\d+/, 'mi'),
      r(/\n/, ''),
      r(new RegExp(BLANK), ''),
      r(/\[(=*)\[[\s\S]*?\]\1\]/, 's'),
      r(/==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#]/, 'o'),
      r(/[[\]{}().,:;]/, 'p'),
      r({ source: `(?:and|or|not)${WORD_END}`, flags: 'u' }, 'ow'),
      r(
        { source: `(?:break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)${WORD_END}`, flags: 'u' },
        'k',
      ),
      r({ source: `local${WORD_END}`, flags: 'u' }, 'kd'),
      r({ source: `(?:true|false|nil)${WORD_END}`, flags: 'u' }, 'kc'),
      r({ source: `function${WORD_END}`, flags: 'u' }, 'k', 'function_name'),
      r(new RegExp(`${ID}(?:\\.${ID})?`), name),
      r(/'/, 's1', 'escape_sqs'),
      r(/"/, 's2', 'escape_dqs'),
    ],
    function_name: [
      r(new RegExp(`${SPACE}+`), ''),
      r(new RegExp(`(?:(${ID})(\\.))?(${ID})`), (m) => {
        m.groups('nc', 'p', 'nf');
        m.pop();
      }),
      r(/\(/, 'p', '#pop'),
    ],
    gsub: [r(/\)/, 'p', '#pop'), r(/[(,]/, 'p'), r(new RegExp(`${SPACE}+`), ''), r(/"/, 'sr', 'regex')],
    regex: [
      r(/"/, (m) => {
        m.token('sr');
        m.goto('regex_end');
      }),
      r(/\[\^?/, 'se', 'regex_group'),
      r(/\\[^\n]/u, 'se'),
      r(/\((?:\?[:=<!])?/, 'se'),
      r(/\{[\d,]+\}/, 'se'),
      r(/[)?]/, 'se'),
      r(/[^\n]/u, 'sr'),
    ],
    regex_end: [r(/\$+/, 'sr', '#pop'), r(/(?:)/, (m) => m.pop())],
    regex_group: [
      r(/\//, 'se'),
      r(/\]/, 'se', '#pop'),
      r(/(\\)([^\n])/u, (m) => m.groups('se', 'sr')),
      r(/[^\n]/u, 'sr'),
    ],
    escape_sqs: [mixin('string_escape'), r(/'/, 's1', '#pop'), r(/[^']+/, 's1')],
    escape_dqs: [mixin('string_escape'), r(/"/, 's2', '#pop'), r(/[^"]+/, 's2')],
    string_escape: [r(/\\(?:[abfnrtv\\"']|\d{1,3})/, 'se')],
  },
}));

/** A name: `gsub` (its arguments read as patterns), a builtin, a dotted name in three, or a name. */
function name(m: Machine): void {
  const text = m.match[0];
  if (text === 'gsub') {
    m.token('nb');
    m.push('gsub');
  } else if (BUILTINS.has(text)) m.token('nb');
  else if (text.includes('.')) {
    const dot = text.indexOf('.');
    m.token('n', text.slice(0, dot));
    m.token('p', '.');
    m.token('n', text.slice(dot + 1));
  } else m.token('n');
}
