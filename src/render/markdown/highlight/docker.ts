import { r, type StatefulLanguage } from './machine.js';
import { innerShell, lexAsShell, withShell } from './shell.js';

// A Dockerfile as Rouge 3.30 lexes it (checked on test/highlight-oracle/exact/docker/): an
// instruction is a keyword and the rest of its line a string (`FROM image AS name` two of each),
// `#` lines comments, and a `RUN` command shell, lexed by the shell lexer across its `\` line
// continuations (which are escapes). Rouge marks the blanks between `FROM`'s parts `w`.

const INSTRUCTIONS =
  'FROM|MAINTAINER|CMD|LABEL|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|STOPSIGNAL|HEALTHCHECK|SHELL';

export const dockerRouge: StatefulLanguage = {
  start: ['root'],
  data: withShell,
  states: {
    root: [
      r(/\s+/, ''),
      r(/^(FROM)(\s+)(.*)(\s+)(AS)(\s+)(.*)/im, (m) => m.groups('k', 'w', 's', 'w', 'k', 'w', 's')),
      r(new RegExp(`^(ONBUILD)(\\s+)(${INSTRUCTIONS})(.*)`, 'im'), (m) => m.groups('k', 'w', 'k', 's')),
      r(new RegExp(`^(${INSTRUCTIONS})\\b(.*)`, 'im'), (m) => m.groups('k', 's')),
      r(/#.*?$/m, 'c'),
      r(/^(?:ONBUILD\s+)?RUN(\s+)/im, (m) => {
        m.token('k');
        m.push('run');
        innerShell(m).reset();
      }),
      r(/\w+/, ''),
      r(/[^\w]+/, ''),
    ],
    run: [r(/\n/, '', '#pop'), r(/\\[\s\S]/, 'se'), r(/(?:\\.|[^\n\\])+/, lexAsShell)],
  },
};
