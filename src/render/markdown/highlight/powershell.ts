import { mixin, r, type StatefulLanguage } from './machine.js';

// PowerShell as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/powershell/ and the
// PowerShell sample): its reserved words `kr`, its `-operator` list `o`, other `-Options` `nt`;
// a command name `n` and its arguments `nx` to the line's end, a `|` or `=`; `.Method(` `nf`;
// automatic variables `bp`, others `nv` (a drive or scope prefix `nn`); strings by quote, here-
// strings `sh`, escapes with a backtick `se`, `$(…)` `si`; `<#…#>` comments with help keywords
// `cs`; blanks `w` (Rouge's Text::Whitespace).
const list = (words: string) => words.trim().split(/\s+/).join('|');
const AUTO_VARS = list(`\\$\\$ \\$\\? \\$\\^ \\$_ \\$args \\$ConsoleFileName \\$Error \\$Event \\$EventArgs
  \\$EventSubscriber \\$ExecutionContext \\$false \\$foreach \\$HOME \\$Host \\$input \\$IsCoreCLR \\$IsLinux
  \\$IsMacOS \\$IsWindows \\$LastExitCode \\$Matches \\$MyInvocation \\$NestedPromptLevel \\$null \\$PID \\$PROFILE
  \\$PSBoundParameters \\$PSCmdlet \\$PSCommandPath \\$PSCulture \\$PSDebugContext \\$PSHOME \\$PSItem
  \\$PSScriptRoot \\$PSSenderInfo \\$PSUICulture \\$PSVersionTable \\$PWD \\$REPORTERRORSHOWEXCEPTIONCLASS
  \\$REPORTERRORSHOWINNEREXCEPTION \\$REPORTERRORSHOWSOURCE \\$REPORTERRORSHOWSTACKTRACE \\$SENDER \\$ShellId
  \\$StackTrace \\$switch \\$this \\$true`);
const KEYWORDS = list(`assembly exit process base filter public begin finally return break for sequence catch
  foreach static class from switch command function throw configuration hidden trap continue if try data in type
  define inlinescript until do interface using dynamicparam module var else namespace while elseif parallel
  workflow end param enum private`);
const OPERATORS = list(`-split -isplit -csplit -join -is -isnot -as -eq -ieq -ceq -ne -ine -cne -gt -igt -cgt -ge
  -ige -cge -lt -ilt -clt -le -ile -cle -like -ilike -clike -notlike -inotlike -cnotlike -match -imatch -cmatch
  -notmatch -inotmatch -cnotmatch -contains -icontains -ccontains -notcontains -inotcontains -cnotcontains -replace
  -ireplace -creplace -shl -shr -band -bor -bxor -and -or -xor -not \\+= -= \\*= \\/= %=`);
const HELP = list(`synopsis description parameter example inputs outputs notes link component role functionality
  forwardhelptargetname forwardhelpcategory remotehelprunspace externalhelp`);
const ATTRIBUTES = new Set(
  'ConfirmImpact DefaultParameterSetName HelpURI PositionalBinding SupportsPaging SupportsShouldProcess'.split(' '),
);

export const powershellRouge: StatefulLanguage = {
  start: ['root'],
  states: {
    variable: [
      r(new RegExp(AUTO_VARS), 'bp'),
      r(/(\$)(?:(\w+)(:))?(\w+|\{(?:[^`]|`.)+?\})/, (m) => m.groups('nv', 'nn', 'p', 'nv')),
      r(/\$\w+/, 'nv'),
      r(/\$\{(?:[^`]|`.)+?\}/, 'nv'),
    ],
    multiline: [
      r(new RegExp(`\\.(?:${HELP})`, 'i'), 'cs'),
      r(/#>/, 'cm', '#pop'),
      r(/[^#.]+?/, 'cm'),
      r(/[#.]+/, 'cm'),
    ],
    interpol: [r(/\)/, 'si', '#pop'), mixin('root')],
    dq: [
      r(/(?:\$#?)?"/, 's2', '#pop'),
      r(/\$\(/, 'si', 'interpol'),
      r(/`$/m, 'se'),
      r(/`./, 'se'),
      r(/[^"`$]+/, 's2'),
      mixin('variable'),
    ],
    sq: [r(/'/, 's1', '#pop'), r(/[^']+/, 's1')],
    heredoc: [
      r(/(?:\$#?)?"@/, 'sh', '#pop'),
      r(/\$\(/, 'si', 'interpol'),
      r(/`$/m, 'se'),
      r(/`./, 'se'),
      r(/[^"`$]+?/, 'sh'),
      r(/"+/, 'sh'),
      mixin('variable'),
    ],
    class: [r(/\{/, 'p', '#pop'), r(/\s+/, 'w'), r(/\w+/, 'nc'), r(/[:,]/, 'p')],
    expr: [
      mixin('comments'),
      r(/"/, 's2', 'dq'),
      r(/'/, 's1', 'sq'),
      r(/@"/, 'sh', 'heredoc'),
      r(/@'[\s\S]*?'@/, 'sh'),
      r(/\d*\.\d+/, 'mf'),
      r(/\d+/, 'mi'),
      r(/@\{/, 'p', 'hasht'),
      r(/@\(/, 'p', 'array'),
      r(/\{/, 'p', 'brace'),
      r(/\[/, 'p', 'bracket'),
    ],
    hasht: [r(/\}/, 'p', '#pop'), r(/=/, 'o'), r(/[,;]/, 'p'), mixin('expr'), r(/\w+/, 'nx'), mixin('variable')],
    array: [r(/\s+/, 'w'), r(/\)/, 'p', '#pop'), r(/[,;]/, 'p'), mixin('expr'), mixin('variable')],
    brace: [r(/[}]/, 'p', '#pop'), mixin('root')],
    bracket: [
      r(/\]/, 'p', '#pop'),
      r(/[A-Za-z]\w+\./, 'n'),
      r(/[A-Za-z]\w+/, (m) => m.token(ATTRIBUTES.has(m.match[0]) ? 'bp' : 'n')),
      mixin('root'),
    ],
    parameters: [
      r(/`[\s\S]/, 'se'),
      r(/\s*?\n/, 'w', '#pop'),
      r(/[;(){}\]]/, 'p', '#pop'),
      r(/[|=]/, 'o', '#pop'),
      r(/[/\\~\w][-.:/\\~\w]*/, 'nx'),
      r(/\w[-\w]+/, 'nx'),
      mixin('root'),
    ],
    comments: [r(/\s+/, 'w'), r(/#.*/, 'c'), r(/<#/, 'cm', 'multiline')],
    root: [
      mixin('comments'),
      r(/#requires\s-version \d(?:\.\d+)?/, 'cp'),
      r(/\.\.(?=\.?\d)/, 'o'),
      r(new RegExp(`(?:${OPERATORS})\\b`, 'i'), 'o'),
      r(/(class)(\s+)(\w+)/i, (m) => {
        m.groups('kr', 'w', 'nc');
        m.push('class');
      }),
      r(/(function)(\s+)(?:(\w+)(:))?(\w[-\w]+)/i, (m) => m.groups('kr', 'w', 'nn', 'p', 'nf')),
      r(new RegExp(`(?:${KEYWORDS})\\b(?![-.])`, 'i'), 'kr'),
      r(/-{1,2}\w+/, 'nt'),
      r(/(\.)?([-\w]+)(\[)/, (m) => {
        m.groups('o', 'n', 'p');
        m.push('bracket');
      }),
      r(/([/\\~a-z][-.:/\\~\w]*)(\n)?/i, (m) => {
        m.groups('n', 'w');
        m.push('parameters');
      }),
      r(/(\.)([-\w]+)(?:(\()|(\n))?/, (m) => {
        m.groups('o', 'nf', 'p', 'w');
        if (m.match[3] !== undefined) m.push('parameters');
      }),
      r(/\?/, 'nf', 'parameters'),
      mixin('expr'),
      mixin('variable'),
      r(/[-+*/%=!.&|]/, 'o'),
      r(/[{}(),:;]/, 'p'),
    ],
  },
};
