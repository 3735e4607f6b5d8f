import { lazyLanguage, type Machine, mixin, r } from './machine.js';
import { BOL, SPACE, WORD_END } from './ruby-regex.js';

// Windows batch files as Rouge 3.30 lexes them (checked on test/highlight-oracle/exact/batchfile/):
// a word is looked up as written in Rouge's lists (lower case, so `ECHO` is in none) and a word in
// none is a declaration (`kd`), as Rouge's last test (`"set".casecmp`, an integer) always holds; a
// `.exe` after a listed word is an error. `rem` and `::` lines comments, `:label`, `/switch` and
// `-option` attributes (with the blanks after them), `%var%`/`!var!` and `%~dp0` variables, quoted
// strings with `^` escapes and variables, one digit a number, and a `%` or `!` no rule takes an
// error.

const words = (list: string) => new Set(list.split(' '));

export const batchfileRouge = lazyLanguage(() => {
  const keywords = words('if else for in do goto call exit');
  const operators = words('exist defined errorlevel cmdextversion not equ neq lss leq gtr geq');
  const devices = words(
    'con prn aux nul com1 com2 com3 com4 com5 com6 com7 com8 com9 lpt1 lpt2 lpt3 lpt4 lpt5 lpt6 lpt7 lpt8 lpt9',
  );
  const builtins = words(
    'assoc attrib break bcdedit cacls cd chcp chdir chkdsk chkntfs choice cls cmd color comp compact convert ' +
      'copy date del dir diskpart doskey dpath driverquery echo endlocal erase fc find findstr format fsutil ' +
      'ftype gpresult graftabl help icacls label md mkdir mklink mode more move openfiles path pause popd print ' +
      'prompt pushd rd recover ren rename replace rmdir robocopy setlocal sc schtasks shift shutdown sort start ' +
      'subst systeminfo takeown tasklist taskkill time timeout title tree type ver verify vol xcopy waitfor wmic ' +
      // Rouge's other commands, builtins too.
      'addusers admodcmd ansicon arp at bcdboot bitsadmin browstat certreq certutil change cidiag cipher ' +
      'cleanmgr clip cmdkey compress convertcp coreinfo csccmd csvde cscript curl debug defrag delprof deltree ' +
      'devcon diamond dirquota diruse diskshadow diskuse dism dnscmd dsacls dsadd dsget dsquery dsmod dsmove ' +
      'dsrm dsmgmt dsregcmd edlin eventcreate expand extract fdisk fltmc forfiles freedisk ftp getmac gpupdate ' +
      'hostname ifmember inuse ipconfig kill lgpo lodctr logman logoff logtime makecab mapisend mbsacli mem ' +
      'mountvol moveuser msg mshta msiexec msinfo32 mstsc nbtstat net net1 netdom netsh netstat nlsinfo nltest ' +
      'now nslookup ntbackup ntdsutil ntoskrnl ntrights nvspbind pathping perms ping portqry powercfg pngout ' +
      'pnputil printbrm prncnfg prnmngr procdump psexec psfile psgetsid psinfo pskill pslist psloggedon ' +
      'psloglist pspasswd psping psservice psshutdown pssuspend qbasic qgrep qprocess query quser qwinsta ' +
      'rasdial reg reg1 regdump regedt32 regsvr32 regini reset restore rundll32 rmtshare route rpcping run ' +
      'runas scandisk setspn setx sfc share shellrunas shortcut sigcheck sleep slmgr strings subinacl sysmon ' +
      'telnet tftp tlist touch tracerpt tracert tscon tsdiscon tskill tttracer typeperf tzutil undelete ' +
      'unformat verifier vmconnect vssadmin w32tm wbadmin wecutil wevtutil wget where whoami windiff winrm ' +
      'winrs wpeutil wpr wusa wuauclt wscript',
  );
  const attributes = words('on off disable enableextensions enabledelayedexpansion');
  const word = (m: Machine) => {
    const name = m.match[1]!;
    if (builtins.has(name)) return m.token('nb');
    const cls = devices.has(name)
      ? 'kr'
      : keywords.has(name)
        ? 'k'
        : operators.has(name)
          ? 'ow'
          : attributes.has(name)
            ? 'na'
            : 'kd';
    m.groups(cls, 'err');
  };
  const quoted = (quote: string, cls: string) => [
    mixin('escape'),
    r(new RegExp(quote), cls, '#pop'),
    mixin('expansions'),
    r(new RegExp(`[^\\^${quote}%!]+`), cls),
  ];
  return {
    start: ['root'],
    states: {
      root: [mixin('basic'), mixin('data')],
      basic: [
        // Rouge's leading `\b` holds wherever a word character follows, as this one does.
        r(new RegExp(`@?rem${WORD_END}[^\\n]*`, 'iu'), 'c'),
        r(new RegExp(`${BOL}::[^\\n]*`), 'c'),
        r(/:[a-z]+/i, 'nl'),
        r(/([a-z]\w*)(\.exe|com|bat|cmd|msi)?/i, word),
        r(new RegExp(`((?:[/+]|--?)[a-z]+)${SPACE}*`, 'i'), 'na'),
        mixin('expansions'),
        r(/[<>&|(){}[\]\-+=;,~?*]/, 'o'),
      ],
      escape: [r(/\^[\s\S]/u, 'se')],
      expansions: [r(/[%!]+([a-z_$@#]+)[%!]+/i, 'nv'), r(/(%+~?[a-z]+\d?)/i, 'vm')],
      double_quotes: quoted('"', 's2'),
      single_quotes: quoted("'", 's1'),
      backtick: quoted('`', 'sb'),
      data: [
        r(new RegExp(`${SPACE}+`), ''),
        r(/0x[0-9a-f]+/i, 'mh'),
        r(/[0-9]/, 'm'),
        r(/"/, 's2', 'double_quotes'),
        r(/'/, 's1', 'single_quotes'),
        r(/`/, 'sb', 'backtick'),
        r(/[^ \t\n\v\f\r&|()[\]{}^=;!%+\-,"'`~?*]+/, ''),
        mixin('escape'),
      ],
    },
  };
});
