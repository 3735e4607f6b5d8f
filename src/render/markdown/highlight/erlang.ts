import { lazyLanguage, r, type StatefulLanguage } from './machine.js';
import { BOL, SPACE, WORD_END } from './ruby-regex.js';

// Erlang as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/erlang/, the sample and
// random code). Rouge's rules in its order, which leave several of them no turn: operators come
// before `<<`/`>>` (so those are operators `o`), before a sign of a number (`-1` is `-` `1`) and
// before a macro (`?MOD` is `?` and the variable `MOD`); `_` is punctuation before a variable
// can start with it; `3.14` is `3` `.` `14`. An atom followed by `(` (blanks between) is a
// function `nf` wherever it stands (Rouge's `^` and look-behind there read the text from the scan
// position on); `m:` a module `nn`; a `%` comment `c` needs its line's end (the last line's `%`
// is an error `err`); `-` at a line's start is punctuation and waits for an atom, its directive
// `ni` (each character before one an error), and after `define(`/`record(` the name `no`/`nl`;
// in a string `~p` controls `si`, escapes `se` and a backslash that is none an error.
const KEYWORDS = 'after begin case catch cond end fun if let of query receive try when';
const BUILTINS = `abs append_element apply atom_to_list binary_to_list bitstring_to_list binary_to_term bit_size
bump_reductions byte_size cancel_timer check_process_code delete_module demonitor disconnect_node display
element erase exit float float_to_list fun_info fun_to_list function_exported garbage_collect get get_keys
group_leader hash hd integer_to_list iolist_to_binary iolist_size is_atom is_binary is_bitstring is_boolean
is_builtin is_float is_function is_integer is_list is_number is_pid is_port is_process_alive is_record
is_reference is_tuple length link list_to_atom list_to_binary list_to_bitstring list_to_existing_atom
list_to_float list_to_integer list_to_pid list_to_tuple load_module localtime_to_universaltime make_tuple md5
md5_final md5_update memory module_loaded monitor monitor_node node nodes open_port phash phash2 pid_to_list
port_close port_command port_connect port_control port_call port_info port_to_list process_display
process_flag process_info purge_module put read_timer ref_to_list register resume_process round send
send_after send_nosuspend set_cookie setelement size spawn spawn_link spawn_monitor spawn_opt split_binary
start_timer statistics suspend_process system_flag system_info system_monitor system_profile term_to_binary
tl trace trace_delivered trace_info trace_pattern trunc tuple_size tuple_to_list universaltime_to_localtime
unlink unregister whereis`;
const WORD_OPERATORS = 'and andalso band bnot bor bsl bsr bxor div not or orelse rem xor';
const ATOM = `(?:[a-z][a-zA-Z0-9_]*|'[^\\n']*[^\\\\]')`;
const VARIABLE = '[A-Z_][a-zA-Z0-9_]*';
const MACRO = `(?:${VARIABLE}|${ATOM})`;
const ESCAPE = `\\\\(?:[bdefnrstv'"\\\\/]|[0-7]{1,3}|\\^[a-zA-Z])`;
/** A word list as Rouge's `(a|b)\b`: the first word that ends where a word does. */
const words = (list: string) => ({ source: `(?:${list.split(/\s+/).join('|')})${WORD_END}`, flags: 'u' });

export const erlangRouge: StatefulLanguage = lazyLanguage(() => ({
  start: ['root'],
  states: {
    root: [
      r(new RegExp(`${SPACE}+`), ''),
      r(/%[^\n]*\n/, 'c'),
      r(words(KEYWORDS), 'k'),
      r(words(BUILTINS), 'nb'),
      r(words(WORD_OPERATORS), 'ow'),
      r(new RegExp(`${BOL}-`), 'p', 'directive'),
      r(/\+\+?|--?|\*|\/|<|>|\/=|=:=|=\/=|=<|>=|==?|<-|!|\?/, 'o'),
      r(/"/, 's', 'string'),
      r(new RegExp(`(${ATOM})(:)`), (m) => m.groups('nn', 'p')),
      r(new RegExp(`(${ATOM})(${SPACE}*)(\\()`), (m) => m.groups('nf', '', 'p')),
      r(/(?:[2-9]|[12][0-9]|3[0-6])#[0-9a-zA-Z]+/, 'mi'),
      r(/\d+/, 'mi'),
      r(/[\][:_@".{}()|;,]/, 'p'),
      r(new RegExp(VARIABLE), 'nv'),
      r(new RegExp(ATOM), 'n'),
      r(new RegExp(`\\$(?:${ESCAPE}|\\\\[ %]|[^\\\\])`, 'u'), 'sc'),
      r(new RegExp(`#${ATOM}(?::?\\.${ATOM})?`), 'nl'),
    ],
    string: [
      r(new RegExp(ESCAPE), 'se'),
      r(/"/, 's', '#pop'),
      r(/~[0-9.*]*[~#+bBcdefginpPswWxX]/, 'si'),
      r(/[^"\\~]+/, 's'),
      r(/~/, 's'),
    ],
    directive: [
      r(new RegExp(`(define)(${SPACE}*)(\\()(${MACRO})`), (m) => {
        m.groups('ni', '', 'p', 'no');
        m.pop();
      }),
      r(new RegExp(`(record)(${SPACE}*)(\\()(${MACRO})`), (m) => {
        m.groups('ni', '', 'p', 'nl');
        m.pop();
      }),
      r(new RegExp(ATOM), 'ni', '#pop'),
    ],
  },
}));
