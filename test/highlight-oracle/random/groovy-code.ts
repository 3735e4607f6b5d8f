import type { Picker } from './random-code.js';
import { soup } from './soup.js';

// Pieces of Groovy as blog posts show it, for groovy.gen.ts and gradle.gen.ts: scripts, classes,
// traits and interfaces with typed and `def` methods, closures, GStrings, every string kind
// (single, double, triple-quoted, slashy, dollar-slashy, with escapes and `\` at a line's end),
// maps with labels, ranges, safe navigation and the Elvis operator, annotations, imports and
// packages, Spock-style blocks, Jenkinsfile pipelines and Gradle build scripts (plugins,
// repositories, dependencies, tasks), comments of each kind, Unicode names, odd spacing, stray
// signs and unclosed strings and comments.
export const NAMES = [
  'x',
  'name',
  'items',
  'result',
  'it',
  'config',
  'project',
  'version',
  'i',
  'map',
  'list',
  '_tmp',
  '$ref',
  'größe',
  'naïve',
  'π',
  'MAX_SIZE',
  'Foo',
  'this',
  'super',
  'def',
  'in',
  'as',
  'trait',
  'classifier',
  'importer',
  'Project',
  'Task',
  'dependencies',
  'sourceSets',
];
const TYPES = [
  'String',
  'int',
  'long',
  'boolean',
  'def',
  'void',
  'List<String>',
  'Map<String, Object>',
  'Integer',
  'Object',
  'String[]',
  'Closure',
  'BigDecimal',
  'Task',
  'Project',
];
const CLASSES = [
  'Release',
  'Greeter',
  'JsonSlurper',
  'Person',
  'Über',
  'HTTPClient',
  'A',
  'MavenPublication',
  'Copy',
  'Exec',
];
const METHODS = [
  'each',
  'collect',
  'findAll',
  'inject',
  'println',
  'sort',
  'join',
  'size',
  'toUpperCase',
  'parseText',
  'register',
  'doLast',
  'from',
  'into',
  'sh',
  'echo',
  'équal',
  'with',
  'tap',
  'call',
];
const ANNOTATIONS = [
  '@Override',
  '@CompileStatic',
  '@groovy.transform.ToString',
  "@Grab('org.apache.commons:commons-lang3:3.12.0')",
  '@Field',
  '@Unroll',
  '@TypeChecked(TypeCheckingMode.SKIP)',
];
const MODIFIERS = ['public', 'private', 'protected', 'static', 'final', 'abstract', 'synchronized', 'def'];

export function number(p: Picker): string {
  return p.one([
    '0',
    '42',
    '1_000',
    '42L',
    '7l',
    '0x1f',
    '0x1F',
    '0XAB',
    '3.14',
    '3.14f',
    '2.5d',
    '1.0e10',
    '1.5E3',
    '1e10',
    '1.0e-5',
    '.5',
    '5.',
    '08',
    '1G',
    '2.0g',
    '0b101',
    '100i',
  ]);
}

export function string(p: Picker): string {
  return p.one([
    '"hello"',
    '""',
    "''",
    "'single'",
    `"Hello, \${name}!"`,
    '"$name.size"',
    `"\${x.collect { it * 2 }}"`,
    '"say \\"hi\\""',
    "'it\\'s'",
    '"tab\\tnew\\n"',
    '"back\\\\slash"',
    '"a\\\\"',
    '"\\\\"',
    '"\\u00e9t\\u00E9"',
    '"ünïcödé ✓"',
    '"unclosed',
    "'unclosed",
    '"ends \\',
    '"carried \\\n over"',
    '"\\"',
    '"// not a comment"',
    '"/* nor this */"',
    `"""\n    triple "double" \${x}\n    """`,
    "'''\n    triple 'single'\n'''",
    '"""unclosed triple',
    '/[a-z]+\\d*/',
    '/a\\/b/',
    '~/^\\s*$/',
    '$/dollar /slashy $$ $/ string/$',
    '$/unclosed',
    "'a'",
    "'\\n'",
    "'\\u0041'",
    "'\n'",
    "'\"'",
  ]);
}

const name = (p: Picker) => p.one(NAMES);
const type = (p: Picker) => (p.chance(0.7) ? p.one(TYPES) : p.one(CLASSES));

/** An expression, at most `depth` levels deep. */
export function expr(p: Picker, depth = 2): string {
  const leaf = () =>
    p.one([
      name(p),
      number(p),
      string(p),
      'true',
      'false',
      'null',
      `${p.one(CLASSES)}.${p.one(METHODS)}`,
      `${p.one(CLASSES)}.class`,
      `${name(p)}.length`,
      '[]',
      '[:]',
    ]);
  if (depth <= 0) return leaf();
  const e = () => expr(p, depth - 1);
  switch (p.int(0, 16)) {
    case 0:
      return `${e()} ${p.one(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=>', '=~', '==~', '&&', '||', '**', '<<', '?:', 'in', 'as String', 'instanceof List'])} ${e()}`;
    case 1:
      return `${e()} ? ${e()} : ${e()}`;
    case 2:
      return `new ${p.one(CLASSES)}(${p.many(p.int(0, 2), () => `${name(p)}: ${e()}`, ', ')})`;
    case 3:
      return `${name(p)}.${p.one(METHODS)}(${p.many(p.int(0, 2), () => e(), ', ')})`;
    case 4:
      return `{ ${p.one(['', 'it -> ', 'a, b -> ', 'String s -> '])}${e()} }`;
    case 5:
      return `[${p.many(p.int(0, 3), () => (p.chance(0.5) ? `${p.one(['a', 'key', "'b'", '"c"', 'größe'])}: ${e()}` : e()), ', ')}]`;
    case 6:
      // A chain of calls across lines.
      return `${name(p)}${p.many(p.int(1, 4), () => `${p.one(['', '\n        '])}${p.one(['.', '?.', '*.'])}${p.one(METHODS)}${p.one(['()', ` { ${e()} }`, `(${e()})`, ''])}`)}`;
    case 7:
      return `${p.one(['0..10', '0..<n', "'a'..'z'"])}`;
    case 8:
      return `${p.one(['!', '-', '~', '++', '--'])}${e()}`;
    case 9:
      return `${name(p)}${p.one(['++', '--', '[0]', '[i + 1]', '.x', '?.y', '*.name', '.@field', '.&method'])}`;
    case 10:
      return `(${e()})`;
    case 11:
      return `${e()} ?: ${e()}`;
    case 12:
      return `${p.one(METHODS)} ${e()}`;
    default:
      return leaf();
  }
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () => `${p.chance(0.5) ? `${type(p)} ` : ''}${name(p)}${p.chance(0.2) ? ` = ${expr(p, 0)}` : ''}`,
    ', ',
  );
}

/** A statement at indentation `pad`, with blocks at most `depth` deep. */
export function statement(p: Picker, pad: string, depth: number): string {
  const inner = () => (depth > 0 ? block(p, `${pad}    `, depth - 1) : `${pad}    ${simple(p)}`);
  switch (depth > 0 ? p.int(0, 14) : 14) {
    case 0:
      return `${pad}if (${expr(p)}) {\n${inner()}\n${pad}}${p.chance(0.5) ? ` else {\n${inner()}\n${pad}}` : ''}`;
    case 1:
      return `${pad}for (${p.one(['i in 0..<10', 'def x : xs', 'int i = 0; i < n; i++', 'String s in list'])}) {\n${inner()}\n${pad}}`;
    case 2:
      return `${pad}while (${expr(p)}) {\n${inner()}\n${pad}}`;
    case 3:
      return `${pad}switch (${name(p)}) {\n${pad}    case ${p.one(['1', '"a"', '~/re/', 'String', '[1, 2]'])}:\n${inner()}\n${pad}        break\n${pad}    default:\n${pad}        ${simple(p)}\n${pad}}`;
    case 4:
      return `${pad}try {\n${inner()}\n${pad}} catch (${p.one(['IOException', 'Exception', 'e'])} e) {\n${pad}    throw new RuntimeException(e)\n${pad}}${p.chance(0.4) ? ` finally {\n${inner()}\n${pad}}` : ''}`;
    case 5:
      return `${pad}${name(p)}.${p.one(METHODS)} { ${p.one(['', 'it ->', 'k, v ->'])}\n${inner()}\n${pad}}`;
    case 6:
      return `${pad}${p.one(['given', 'when', 'then', 'expect', 'where', 'outer'])}:\n${inner()}`;
    default:
      return `${pad}${simple(p)}`;
  }
}

function simple(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return `${type(p)} ${name(p)} = ${expr(p)}${p.one(['', ';'])}`;
    case 1:
      return `${name(p)} ${p.one(['=', '+=', '-=', '*=', '<<', '?='])} ${expr(p)}`;
    case 2:
      return `return ${expr(p)}`;
    case 3:
      return `throw new ${p.one(['IllegalArgumentException', 'RuntimeException'])}(${string(p)})`;
    case 4:
      return `println ${expr(p)}`;
    case 5:
      return `assert ${expr(p)}${p.chance(0.3) ? ` : ${string(p)}` : ''}`;
    case 6:
      return comment(p);
    case 7:
      return `${expr(p)}`;
    case 8:
      return `def (${name(p)}, ${name(p)}) = ${expr(p)}`;
    case 9:
      return `${p.one(['sh', 'echo', 'println', 'apply', 'id'])} ${string(p)}`;
    default:
      return `${name(p)}.${p.one(METHODS)}(${expr(p, 1)})`;
  }
}

export function block(p: Picker, pad: string, depth: number): string {
  return p.many(p.int(1, 3), () => statement(p, pad, depth), '\n');
}

export function comment(p: Picker): string {
  return p.one([
    '// a comment',
    '//no space',
    '/* inline */',
    '/* spans\n   lines */',
    '/** Groovydoc with {@link Foo} and @param x the x */',
    '/**\n * Builds it.\n */',
    '/**/',
    '/* never closed',
    '// ünïcode ✓',
    '#!/usr/bin/env groovy',
  ]);
}

export function method(p: Picker, pad: string): string {
  const annotations = p.many(p.int(0, 2), () => `${pad}${p.one(ANNOTATIONS)}\n`);
  const mods = p.many(p.int(0, 2), () => `${p.one(MODIFIERS)} `);
  const ret = p.chance(0.3) ? p.one(['def', 'void']) : type(p);
  const sep = p.one([' ', ' ', '  ', `\n${pad}`, '\t']);
  const head = `${annotations}${pad}${mods}${ret}${sep}${p.one([...METHODS, 'main', 'run', 'ünïcode', '"with spaces"'])}${p.one(['', ' '])}(${params(p)})`;
  return `${head} {\n${block(p, `${pad}    `, p.int(0, 1))}\n${pad}}`;
}

export function typeDecl(p: Picker, pad: string): string {
  const owner = p.one(CLASSES);
  const annotations = p.many(p.int(0, 1), () => `${pad}${p.one(ANNOTATIONS)}\n`);
  const kind = p.one(['class', 'class', 'trait', 'interface', 'enum', 'abstract class', '@interface']);
  const members = p.many(
    p.int(1, 3),
    () =>
      p.chance(0.5)
        ? method(p, `${pad}    `)
        : `${pad}    ${p.one(['', 'private ', 'static final ', 'def '])}${type(p)} ${name(p)}${p.chance(0.5) ? ` = ${expr(p)}` : ''}`,
    '\n\n',
  );
  return `${annotations}${pad}${kind}${p.one([' ', '  ', '\n', '\t'])}${owner}${p.chance(0.3) ? ` extends ${p.one(CLASSES)}` : ''}${p.chance(0.3) ? ` implements ${p.one(['Runnable', 'Serializable, Cloneable'])}` : ''} {\n${members}\n${pad}}`;
}

export function header(p: Picker): string {
  const lines: string[] = [];
  if (p.chance(0.1)) lines.push('#!/usr/bin/env groovy');
  if (p.chance(0.4)) lines.push(`package ${p.one(['com.example', 'org.gradle.demo', 'my_app.v2'])}${p.one(['', ';'])}`);
  for (let i = p.int(0, 3); i > 0; i--)
    lines.push(
      `import ${p.chance(0.2) ? 'static ' : ''}${p.one(['groovy.json.JsonSlurper', 'java.util.*', 'org.gradle.api.Project', 'spock.lang.Specification', 'com.Example.Über'])}${p.one(['', ';', ' as Alias'])}`,
    );
  return lines.join('\n');
}

/** Jenkinsfile pipelines, as CI posts show them. */
export function pipeline(p: Picker): string {
  const step = () =>
    p.one([
      `sh '${p.one(['./gradlew build', 'make test', 'echo $PATH'])}'`,
      `sh "docker build -t \${IMAGE}:\${env.BUILD_NUMBER} ."`,
      "sh '''\n    set -e\n    npm ci\n'''",
      `echo "${p.one(['Building', `Done: \${currentBuild.result}`])}"`,
      "archiveArtifacts artifacts: 'build/libs/*.jar', fingerprint: true",
      "junit 'build/test-results/**/*.xml'",
      "script {\n                def v = readFile('VERSION').trim()\n            }",
    ]);
  const stage = () =>
    `        stage('${p.one(['Build', 'Test', 'Deploy', 'Ünï'])}') {\n            steps {\n${p.many(p.int(1, 3), () => `                ${step()}`, '\n')}\n            }\n        }`;
  return `pipeline {\n    agent ${p.one(['any', "{ docker 'gradle:8' }", 'none'])}\n    stages {\n${p.many(p.int(1, 3), stage, '\n')}\n    }\n}`;
}

/** Gradle build scripts. */
export function build(p: Picker): string {
  const dep = () =>
    `    ${p.one(['implementation', 'api', 'testImplementation', 'compileOnly', 'runtimeOnly', 'annotationProcessor', 'compile'])}${p.one([' ', '('])}${p.one(["'org.springframework.boot:spring-boot-starter-web'", '"com.google.guava:guava:32.0-jre"', "group: 'org.projectlombok', name: 'lombok', version: '1.18.26'", "project(':core')", "platform('org.junit:junit-bom:5.9.2')", 'libs.guava'])}${p.one(['', ')'])}`;
  const sections = [
    () =>
      `plugins {\n    id ${p.one(["'java'", "'application'", '"org.springframework.boot" version "3.1.0"', "'com.github.johnrengelman.shadow' version '8.1.1'"])}\n}`,
    () => `group = '${p.one(['com.example', 'org.demo'])}'\nversion = '${p.one(['0.0.1-SNAPSHOT', '1.0'])}'`,
    () => `sourceCompatibility = ${p.one(['JavaVersion.VERSION_17', "'1.8'", '11'])}`,
    () =>
      `repositories {\n    mavenCentral()\n${p.chance(0.5) ? '    maven { url "https://repo.spring.io/milestone" }\n' : ''}}`,
    () => `dependencies {\n${p.many(p.int(1, 4), dep, '\n')}\n}`,
    () =>
      `${p.one(['allprojects', 'subprojects', 'buildscript', 'publishing', 'sourceSets', 'artifacts'])} {\n    ${p.one(["apply plugin: 'idea'", 'repositories { jcenter() }', "main { java { srcDirs = ['src'] } }", 'publications { mavenJava(MavenPublication) { from components.java } }', 'configuration'])}\n}`,
    () =>
      `task ${p.one(['hello', 'copyDocs', 'fatJar'])}${p.one(['', '(type: Copy)', '(type: Exec, dependsOn: build)'])} {\n    ${p.one(["doLast { println 'Hello' }", 'from \'src\'\n    into "$buildDir/out"', "commandLine 'ls', '-l'"])}\n}`,
    () =>
      `tasks.register('${p.one(['copy', 'run'])}', ${p.one(['Copy', 'Exec', 'Task'])}) {\n    ${p.one(["from 'src'", "group = 'build'"])}\n}`,
    () =>
      `test {\n    useJUnitPlatform()\n    ${p.one(['maxParallelForks = 4', "systemProperty 'a', 'b'", "jvmArgs '-Xmx1g'"])}\n}`,
    () =>
      `${p.one(['Project', 'Task', 'Configuration', 'SourceSet', 'MavenPom'])} ${name(p)} = ${p.one(['project', 'tasks.jar', 'configurations.compile'])}`,
    () => `ext {\n    ${name(p)} = ${expr(p, 1)}\n}`,
  ];
  return p.many(p.int(1, 5), () => p.one(sections)(), p.one(['\n\n', '\n']));
}

/** A line of tokens in any order: what a fragment or a shrunk example looks like. */
export function tokens(p: Picker): string {
  const token = () =>
    p.one([
      () => name(p),
      () => type(p),
      () => number(p),
      () => string(p),
      () => p.one(MODIFIERS),
      () => p.one(['class', 'interface', 'trait', 'import', 'package', 'new', 'return', 'in', 'as', 'case', 'default']),
      () =>
        p.one([
          '(',
          ')',
          '{',
          '}',
          '[',
          ']',
          ';',
          ',',
          '.',
          '..',
          '?.',
          '?:',
          ':',
          '@',
          '<',
          '>',
          '=',
          '/',
          '#',
          '`',
          '\\',
          '$',
          '\u00a0',
          '\t',
          '\r\n',
          '\n',
        ]),
      () => p.one(ANNOTATIONS),
      () => comment(p),
      () => `${name(p)}:`,
      () => `${name(p)}(`,
      () => `\n${name(p)} ${name(p)}(`,
      () => `.${p.one(METHODS)}`,
    ])();
  return p.many(p.int(1, 12), token, p.one([' ', '', ' ', '  ']));
}

const SOUP = [
  'class',
  'import',
  'trait',
  'def',
  '"',
  "'",
  '/',
  '$/',
  '/$',
  '"""',
  "'''",
  '//',
  '/*',
  '*/',
  '\\',
  'a(',
  'x y(',
  ':',
  '@A',
];

/** A piece of Groovy code: the parts `extra` adds (Gradle's or Jenkins' scripts) among the rest. */
export function groovyCode(p: Picker, extra: ((p: Picker) => string)[]): string {
  if (p.chance(0.05)) return soup(p, SOUP);
  const parts: string[] = [];
  if (p.chance(0.4)) parts.push(header(p));
  for (let i = p.int(1, 3); i > 0; i--) {
    const k = p.int(0, 5 + extra.length);
    if (k === 0) parts.push(tokens(p));
    else if (k === 1) parts.push(block(p, '', 1));
    else if (k === 2) parts.push(method(p, ''));
    else if (k <= 5) parts.push(p.chance(0.5) ? typeDecl(p, '') : block(p, '', 0));
    else parts.push(extra[k - 6]!(p));
  }
  return `${parts.join(p.one(['\n\n', '\n', '\n\n\n']))}${p.one(['\n', '\n', '', '\n\n'])}`;
}
