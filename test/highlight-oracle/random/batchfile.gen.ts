import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

// Windows batch files as build and install docs show them: `@echo off`, `setlocal`, `set` and
// `set /a` with quotes and arithmetic, `if`/`for` with switches and `%%i`, labels and `goto`,
// `call`, `rem` and `::` comments, `%VAR%`, `!VAR!`, `%~dp0`, `^` escapes and line continuations,
// commands in any case and with `.exe`, redirections, and CRLF.
const COMMANDS = [
  '@echo off',
  'ECHO',
  'echo',
  'setlocal EnableDelayedExpansion',
  'endlocal',
  'set',
  'SET',
  'set /a',
  'call',
  'goto',
  'exit /b',
  'copy',
  'xcopy /s /y',
  'mkdir',
  'del /q',
  'java.exe',
  'npm',
  'gradlew.bat',
  'pushd',
  'where',
  'start ""',
  'powershell -NoProfile -Command',
];
const ARGS = [
  '"%~dp0build"',
  '%PROJECT%',
  '!COUNT!',
  '%1',
  '%~nx1',
  '%%f',
  '"X=a^&b"',
  'VERSION=1.2.3',
  'N=%N%+1',
  '0x1F',
  '42',
  '>nul 2>&1',
  '|| goto :fail',
  '&& echo ok',
  "'single %x%'",
  '`back`',
  '"unclosed',
  ':eof',
  'build\\libs\\*.jar',
  '-Pversion=%VERSION%',
  '/i',
  '--skip-tests',
  'ON',
  'con',
  'ünï',
  '^',
  '%',
  '!',
];
const CONDITIONS = [
  'if exist "%DIST%"',
  'if not defined SKIP',
  'IF /I "%~1"=="--help"',
  'if %ERRORLEVEL% neq 0',
  'if errorlevel 1',
  'for %%f in (*.txt) do',
  'for /l %%i in (1,1,3) do',
  'for /f "tokens=1,2 delims=," %%a in (\'type x.csv\') do',
];

function line(p: Picker): string {
  const pad = p.one(['', '', '    ']);
  switch (p.int(0, 9)) {
    case 0:
      return `${pad}${p.one(['rem', 'REM', '@rem', '::'])} ${p.one(ARGS)}`;
    case 1:
      return `:${p.one(['build', 'fail', 'usage', 'eof'])}`;
    case 2:
      return '';
    case 3:
      return `${pad}${p.one(CONDITIONS)} ${p.one(['(', `${p.one(COMMANDS)} ${p.one(ARGS)}`])}`;
    case 4:
      return `${pad})${p.chance(0.3) ? ' else (' : ''}`;
    default: {
      const args = p.many(p.int(0, 3), () => p.one(ARGS), ' ');
      return `${pad}${p.one(COMMANDS)}${args ? ` ${args}` : ''}${p.chance(0.05) ? ' ^' : ''}`;
    }
  }
}

const FRAGMENTS = [...COMMANDS, ...ARGS, ...CONDITIONS, '%', '!', '^', '"', "'", '`', ':', '::', 'rem'];

const generate: CodeGenerator = (p) => {
  if (p.chance(0.15)) return soup(p, FRAGMENTS);
  const newline = p.chance(0.3) ? '\r\n' : '\n';
  return `${p.many(p.int(1, 12), () => line(p), newline)}${p.one(['\n', '\n', ''])}`;
};
export default generate;
