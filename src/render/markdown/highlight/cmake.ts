import { type Machine, r, type StatefulLanguage } from './machine.js';

// CMake as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/cmake/): a name before
// `(` is a builtin (`nb`, Rouge's list of commands) or a function (`nf`), parentheses
// punctuation, `"…"` strings with `\x` escapes, `[[…]]`/`[=[…]=]` bracket strings and `#[[…]]`
// bracket comments (closed by a bracket with as many `=`; another `]=]` stays inside), `#`
// comments, and `${…}` references (`si` around `nv`, nesting) in strings and out; the rest of a
// line is plain. Rouge takes the rest a character at a time; kiln takes runs that no other rule
// could start inside, which gives the same tokens.

const BUILTINS = new Set(
  `add_compile_definitions add_compile_options add_custom_command add_custom_target
  add_definitions add_dependencies add_executable add_library add_link_options add_subdirectory
  add_test aux_source_directory break build_command build_name cmake_host_system_information
  cmake_language cmake_minimum_required cmake_parse_arguments cmake_policy configure_file
  create_test_sourcelist define_property else elseif enable_language enable_testing endforeach
  endfunction endif endmacro endwhile exec_program execute_process export
  export_library_dependencies file find_file find_library find_package find_path find_program
  fltk_wrap_ui foreach function get_cmake_property get_directory_property get_filename_component
  get_property get_source_file_property get_target_property get_test_property if include
  include_directories include_external_msproject include_guard include_regular_expression install
  install_files install_programs install_targets link_directories link_libraries list load_cache
  load_command macro make_directory mark_as_advanced math message option output_required_files
  project qt_wrap_cpp qt_wrap_ui remove remove_definitions return separate_arguments set
  set_directory_properties set_property set_source_files_properties set_target_properties
  set_tests_properties site_name source_group string subdir_depends subdirs
  target_compile_definitions target_compile_features target_compile_options
  target_include_directories target_link_directories target_link_libraries target_link_options
  target_precompile_headers target_sources try_compile try_run unset use_mangled_mesa
  utility_source variable_requires variable_watch while write_file`.split(/\s+/),
);

/** An opening bracket: its length (less the `#` of a comment) is what closes it. */
const open = (cls: 'cm' | 's2', state: string, hash: number) => (m: Machine) => {
  m.token(cls);
  m.data.bracket = m.match[0].length - hash;
  m.goto(state);
};
/** A closing bracket: the block's own length ends it, another is text of the block. */
const close = (cls: 'cm' | 's2') => (m: Machine) => {
  m.token(cls);
  if (m.match[0].length === m.data.bracket) m.goto('root');
};
const interpolation = r(/\$\{/, 'si', 'reference');

export const cmakeRouge: StatefulLanguage = {
  start: ['root'],
  data: () => ({ bracket: 0 }),
  states: {
    root: [
      interpolation,
      r(/[ \t]/, ''),
      r(/[()]/, 'p'),
      r(/#\[=*\[/, open('cm', 'comment', 1)),
      r(/\[=*\[/, open('s2', 'bracket', 0)),
      r(/\\"/, ''),
      r(/"/, 's2', 'quoted'),
      r(/([A-Za-z_][A-Za-z0-9_]*)([ \t]*)(\()/, (m) => m.groups(BUILTINS.has(m.match[1]!) ? 'nb' : 'nf', '', 'p')),
      r(/#[^\n]*/, 'c1'),
      // A name not before `(` (nor any name ending where it ends), digits and signs.
      r(/[A-Za-z_][A-Za-z0-9_]*|[^$ \t()#[\\"A-Za-z_]+|[\s\S]/, ''),
    ],
    bracket: [r(/\]=*\]/, close('s2')), interpolation, r(/[^\]$]+|[\s\S]/, 's2')],
    comment: [r(/\]=*\]/, close('cm')), r(/[^\]]+|[\s\S]/, 'cm')],
    reference: [interpolation, r(/\}/, 'si', '#pop'), r(/[^$}]+|[\s\S]/, 'nv')],
    quoted: [
      interpolation,
      // Rouge pushes its top state here rather than going back to it.
      r(/"/, 's2', 'root'),
      r(/\\[()#" \\$@^trn;]/, 'se'),
      r(/[^$"\\]+|[\s\S]/, 's2'),
    ],
  },
};
