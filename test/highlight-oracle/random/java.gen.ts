import type { CodeGenerator, Picker } from './random-code.js';

// Java as blog posts show it (Flink, Kafka and Spark jobs, collections and streams): packages and
// imports, classes, interfaces, enums, records and annotation types with generics and bounds,
// annotations, fields, constructors and methods, lambdas and method references, every literal
// kind (numbers in each base and form, strings and characters with escapes, text blocks),
// comments of each kind, labels, switch forms, odd spacing, Unicode names, stray signs and
// unclosed strings and comments.
const TYPES = [
  'String',
  'int',
  'long',
  'double',
  'boolean',
  'byte',
  'char',
  'short',
  'float',
  'var',
  'Integer',
  'Object',
  'Long',
  'List<String>',
  'Map<String, Integer>',
  'Tuple2<String, Long>',
  'DataStream<Event>',
  'KeyedStream<Event, String>',
  'Optional<? extends Number>',
  'Comparator<? super T>',
  'T',
  'K',
  'String[]',
  'int[][]',
  'byte[]',
  'Map.Entry<K, V>',
  'java.util.List<T>',
  'Function<Integer, String>',
  'ProducerRecord<String, byte[]>',
  'Größe',
];
const NAMES = [
  'x',
  'count',
  'events',
  'env',
  'props',
  'value',
  'key',
  'i',
  'result',
  'stream',
  'consumer',
  'producer',
  'record',
  'ctx',
  'out',
  '_tmp',
  '$ref',
  'größe',
  'naïve',
  'π',
  '名前',
  'MAX_SIZE',
  'DEFAULT_TOPIC',
  'A1',
  'Foo',
  'T',
  'f0',
  'this',
  'super',
];
const CLASSES = [
  'WordCount',
  'Event',
  'Tokenizer',
  'KafkaProducer',
  'StreamExecutionEnvironment',
  'Collectors',
  'Time',
  'IOException',
  'RuntimeException',
  'ArrayList',
  'HashMap',
  'Über',
  'HTTPClient',
  'A',
  'X_Y',
];
const METHODS = [
  'map',
  'flatMap',
  'filter',
  'keyBy',
  'window',
  'sum',
  'reduce',
  'collect',
  'print',
  'execute',
  'put',
  'get',
  'send',
  'close',
  'of',
  'seconds',
  'toList',
  'stream',
  'forEach',
  'getOrDefault',
  'apply',
  'isEmpty',
  'size',
  'équal',
];
const ANNOTATIONS = [
  '@Override',
  '@Deprecated',
  '@FunctionalInterface',
  '@SuppressWarnings("unchecked")',
  '@SafeVarargs',
  '@Test',
  '@JsonProperty(value = "id", required = true)',
  '@Nullable',
  '@org.junit.Test',
  '@Retention(RetentionPolicy.RUNTIME)',
];
const MODIFIERS = [
  'public',
  'private',
  'protected',
  'static',
  'final',
  'abstract',
  'synchronized',
  'native',
  'transient',
  'volatile',
  'strictfp',
  'default',
];

function number(p: Picker): string {
  return p.one([
    '0',
    '42',
    '1_000_000',
    '42L',
    '7l',
    '0x1F',
    '0XCAFE_BABE',
    '0xffL',
    '0b1010',
    '0B1_0',
    '017',
    '08',
    '00',
    '3.14',
    '3.14f',
    '2.5d',
    '1.0e10',
    '1.5E3',
    '1e10',
    '1.0e-5',
    '6.02E+23',
    '.5',
    '5.',
    '100f',
    '1__0',
    '1_',
    '0x',
    '0b2',
    '9.99D',
    '1.0F',
    '0x1.8p1',
    '123456789012345L',
  ]);
}

function string(p: Picker): string {
  return p.one([
    '"hello"',
    '""',
    '"localhost:9092"',
    '"say \\"hi\\""',
    '"tab\\tnew\\n"',
    '"back\\\\slash"',
    '"\\u00e9t\\u00E9"',
    '"%s=%d"',
    '"a\\\\"',
    '"\\\\"',
    '"ünïcödé ✓"',
    '"unclosed',
    '"ends \\',
    '"\\"',
    '"it\'s"',
    '"// not a comment"',
    '"/* nor this */"',
    '"""\n    text block\n    """',
    "'a'",
    "'\\n'",
    "'\\''",
    "'\\\\'",
    "'\\u0041'",
    "'\"'",
    "'é'",
    "'ab'",
    "'",
    "'\\u00e9'",
  ]);
}

function name(p: Picker): string {
  return p.one(NAMES);
}

function type(p: Picker): string {
  return p.chance(0.7) ? p.one(TYPES) : p.one(CLASSES);
}

/** An expression, at most `depth` levels deep. */
function expr(p: Picker, depth = 2): string {
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
      'Color.RED',
      `${p.one(['int', 'String'])}[].class`,
    ]);
  if (depth <= 0) return leaf();
  const e = () => expr(p, depth - 1);
  switch (p.int(0, 16)) {
    case 0:
      return `${e()} ${p.one(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||', '&', '|', '^', '<<', '>>', '>>>', 'instanceof String'])} ${e()}`;
    case 1:
      return `${e()} ? ${e()} : ${e()}`;
    case 2:
      return `new ${p.one(CLASSES)}${p.one(['<>', '<String>', ''])}(${p.many(p.int(0, 2), () => e(), ', ')})`;
    case 3:
      return `${name(p)}.${p.one(METHODS)}(${p.many(p.int(0, 2), () => e(), ', ')})`;
    case 4:
      return `${p.one(['x', '(a, b)', '(String s)', '()', 'value'])} -> ${p.chance(0.7) ? e() : `{ return ${e()}; }`}`;
    case 5:
      return p.one(['String::valueOf', 'this::process', 'Event::getUser', 'ArrayList::new', 'System.out::println']);
    case 6:
      // A chain of calls, as stream jobs are written, across lines.
      return `${name(p)}${p.many(p.int(1, 4), () => `${p.one(['', '\n        '])}.${p.one(METHODS)}(${p.chance(0.5) ? e() : ''})`)}`;
    case 7:
      return `(${p.one(['int', 'String', 'long', 'T', 'Object'])}) ${e()}`;
    case 8:
      return `${p.one(['!', '-', '~', '++', '--'])}${e()}`;
    case 9:
      return `${name(p)}${p.one(['++', '--', '[0]', '[i + 1]', '.f0', '.f1'])}`;
    case 10:
      return `new ${p.one(['int', 'String', 'byte'])}[${p.one(['10', 'n', ''])}]${p.chance(0.5) ? ' { 1, 2, 3 }' : ''}`;
    case 11:
      return `(${e()})`;
    case 12:
      return `${p.one(CLASSES)}.<${type(p)}>${p.one(METHODS)}()`;
    case 13:
      return `switch (${e()}) { case ${p.one(['1', '"a"', 'RED'])} -> ${e()}; default -> ${e()}; }`;
    default:
      return leaf();
  }
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.chance(0.15) ? `${p.one(ANNOTATIONS)} ` : ''}${p.chance(0.15) ? 'final ' : ''}${type(p)}${p.chance(0.1) ? '...' : ''} ${name(p)}`,
    ', ',
  );
}

/** A statement at indentation `pad`, with blocks at most `depth` deep. */
function statement(p: Picker, pad: string, depth: number): string {
  const inner = () => (depth > 0 ? block(p, `${pad}    `, depth - 1) : `${pad}    ${simple(p)}`);
  switch (depth > 0 ? p.int(0, 20) : 20) {
    case 0:
      return `${pad}if (${expr(p)}) {\n${inner()}\n${pad}}${p.chance(0.5) ? ` else {\n${inner()}\n${pad}}` : ''}`;
    case 1:
      return `${pad}for (int i = 0; i < ${name(p)}.size(); i++) {\n${inner()}\n${pad}}`;
    case 2:
      return `${pad}for (${type(p)} ${name(p)} : ${name(p)}) {\n${inner()}\n${pad}}`;
    case 3:
      return `${pad}while (${expr(p)}) {\n${inner()}\n${pad}}`;
    case 4:
      return `${pad}do {\n${inner()}\n${pad}} while (${expr(p)});`;
    case 5:
      return `${pad}switch (${name(p)}) {\n${pad}    case ${p.one(['1', 'RED', '"a"', 'MAX_SIZE'])}:\n${inner()}\n${pad}        break;\n${pad}    default:\n${pad}        ${simple(p)}\n${pad}}`;
    case 6:
      return `${pad}try ${p.chance(0.4) ? `(${type(p)} ${name(p)} = ${expr(p)}) ` : ''}{\n${inner()}\n${pad}} catch (${p.one(['IOException', 'IOException | RuntimeException', 'Exception'])} e) {\n${pad}    throw new RuntimeException(e);\n${pad}}${p.chance(0.4) ? ` finally {\n${inner()}\n${pad}}` : ''}`;
    case 7:
      return `${pad}${p.one(['outer', 'loop', 'retry'])}:\n${pad}for (;;) {\n${pad}    ${p.one(['break', 'continue'])} ${p.one(['outer', 'loop', ''])};\n${pad}}`;
    case 8:
      return `${pad}synchronized (this) {\n${inner()}\n${pad}}`;
    default:
      return `${pad}${simple(p)}`;
  }
}

function simple(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return `${type(p)} ${name(p)} = ${expr(p)};`;
    case 1:
      return `${name(p)} ${p.one(['=', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '<<=', '>>=', '>>>='])} ${expr(p)};`;
    case 2:
      return `return ${expr(p)};`;
    case 3:
      return `throw new ${p.one(['IllegalArgumentException', 'IOException', 'RuntimeException'])}(${string(p)});`;
    case 4:
      return `System.out.println(${expr(p)});`;
    case 5:
      return `assert ${expr(p)} : ${string(p)};`;
    case 6:
      return comment(p);
    case 7:
      return `${expr(p)};`;
    case 8:
      return `final ${type(p)} ${name(p)} = ${expr(p)}, ${name(p)};`;
    case 9:
      return `yield ${expr(p)};`;
    default:
      return `${name(p)}.${p.one(METHODS)}(${expr(p, 1)});`;
  }
}

function block(p: Picker, pad: string, depth: number): string {
  return p.many(p.int(1, 3), () => statement(p, pad, depth), '\n');
}

function comment(p: Picker): string {
  return p.one([
    '// a comment',
    '//no space',
    '// TODO: handle late events */',
    '/* inline */',
    '/* spans\n   lines */',
    '/** Javadoc with {@link Event} and @param x the x */',
    '/**\n * Counts words.\n *\n * @param args the arguments\n * @return nothing\n */',
    '/***/',
    '/**/',
    '/* never closed',
    '// ünïcode ✓',
  ]);
}

function method(p: Picker, pad: string): string {
  const annotations = p.many(p.int(0, 2), () => `${pad}${p.one(ANNOTATIONS)}\n`);
  const mods = p.many(p.int(0, 3), () => `${p.one(MODIFIERS)} `);
  const generic = p.chance(0.25)
    ? `${p.one(['<T>', '<K, V>', '<T extends Comparable<T>>', '<T extends Number & Serializable>'])} `
    : '';
  const ret = p.chance(0.3) ? 'void' : type(p);
  const nameSep = p.one([' ', ' ', ' ', '  ', `\n${pad}`, '\t']);
  const throwsClause = p.chance(0.2) ? ` throws ${p.one(['IOException', 'Exception, InterruptedException'])}` : '';
  const head = `${annotations}${pad}${mods}${generic}${ret}${nameSep}${p.one(METHODS.concat(['main', 'run', 'processElement', 'ünïcode']))}${p.one(['', ' '])}(${params(p)})${throwsClause}`;
  if (p.chance(0.15)) return `${head};`;
  return `${head} {\n${block(p, `${pad}    `, p.int(0, 1))}\n${pad}}`;
}

function member(p: Picker, pad: string, owner: string): string {
  switch (p.int(0, 7)) {
    case 0:
      return `${pad}${p.one(['private ', 'public static final ', 'protected ', ''])}${type(p)} ${name(p)}${p.chance(0.6) ? ` = ${expr(p)}` : ''};`;
    case 1:
      return `${pad}public ${owner}(${params(p)}) {\n${pad}    ${p.one(['super', 'this'])}(${expr(p, 1)});\n${pad}    this.${name(p)} = ${name(p)};\n${pad}}`;
    case 2:
      return `${pad}${comment(p)}`;
    case 3:
      return `${pad}static {\n${block(p, `${pad}    `, 0)}\n${pad}}`;
    case 4:
      return typeDecl(p, pad, 0);
    default:
      return method(p, pad);
  }
}

function typeDecl(p: Picker, pad: string, depth: number): string {
  const owner = p.one(CLASSES);
  const annotations = p.many(p.int(0, 2), () => `${pad}${p.one(ANNOTATIONS)}\n`);
  const mods = p.many(
    p.int(0, 2),
    () => `${p.one(['public', 'final', 'abstract', 'static', 'sealed', 'non-sealed', 'private'])} `,
  );
  const generic = p.chance(0.3) ? p.one(['<T>', '<K, V>', '<T extends Comparable<? super T>>', '<IN, OUT>']) : '';
  const members = () =>
    depth < 1 ? p.many(p.int(1, 3), () => member(p, `${pad}    `, owner), '\n\n') : `${pad}    ${simple(p)}`;
  switch (p.int(0, 6)) {
    case 0:
      return `${annotations}${pad}${mods}interface ${owner}${generic}${p.chance(0.3) ? ' extends Serializable' : ''} {\n${pad}    ${type(p)} ${p.one(METHODS)}(${params(p)});\n${pad}}`;
    case 1:
      return `${annotations}${pad}${mods}enum ${owner} {\n${pad}    RED, GREEN${p.chance(0.5) ? '("g")' : ''}, BLUE;\n${members()}\n${pad}}`;
    case 2:
      return `${annotations}${pad}${mods}record ${owner}${generic}(${params(p)})${p.chance(0.3) ? ' implements Comparable<Event>' : ''} {\n${members()}\n${pad}}`;
    case 3:
      return `${annotations}${pad}public @interface ${owner} {\n${pad}    String value() default "";\n${pad}}`;
    default:
      return `${annotations}${pad}${mods}class${p.one([' ', '  ', '\n', '\t'])}${owner}${generic}${p.chance(0.4) ? ` extends ${p.one(['RichFlatMapFunction<String, Tuple2<String, Integer>>', 'Thread', 'Base<T>'])}` : ''}${p.chance(0.4) ? ` implements ${p.one(['Runnable', 'Serializable, Cloneable', 'MapFunction<String, Event>'])}` : ''}${p.chance(0.1) ? ' permits Circle, Square' : ''} {\n${members()}\n${pad}}`;
  }
}

function header(p: Picker): string {
  const lines: string[] = [];
  if (p.chance(0.2))
    lines.push(p.one(['/*\n * Licensed to the Apache Software Foundation (ASF).\n */', '// Copyright 2018']));
  if (p.chance(0.6))
    lines.push(`package ${p.one(['org.apache.flink.examples', 'com.example', 'kafka.streams.demo', 'my_app.v2'])};`);
  for (let i = p.int(0, 4); i > 0; i--)
    lines.push(
      `import ${p.chance(0.2) ? 'static ' : ''}${p.one(['java.util.List', 'java.util.*', 'org.apache.flink.api.java.tuple.Tuple2', 'org.apache.kafka.clients.producer.KafkaProducer', 'java.util.stream.Collectors.toList', 'com.Example.Über'])};`,
    );
  return lines.join('\n');
}

/** A line of tokens in any order: what a fragment or a shrunk example looks like. */
function soup(p: Picker): string {
  const token = () =>
    p.one([
      () => name(p),
      () => type(p),
      () => number(p),
      () => string(p),
      () => p.one(MODIFIERS),
      () =>
        p.one(['class', 'interface', 'import', 'package', 'new', 'return', 'throw', 'instanceof', 'case', 'default']),
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
          '...',
          '::',
          '->',
          '?',
          ':',
          '@',
          '<',
          '>',
          '=',
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
      () => `.${p.one(METHODS)}`,
    ])();
  return p.many(p.int(1, 12), token, p.one([' ', '', ' ', '  ']));
}

const generate: CodeGenerator = (p) => {
  const parts: string[] = [];
  if (p.chance(0.6)) parts.push(header(p));
  for (let i = p.int(1, 3); i > 0; i--)
    switch (p.int(0, 5)) {
      case 0:
        parts.push(soup(p));
        break;
      case 1:
        parts.push(block(p, '', 1));
        break;
      case 2:
        parts.push(method(p, ''));
        break;
      default:
        parts.push(typeDecl(p, '', 0));
    }
  return `${parts.join(p.one(['\n\n', '\n', '\n\n\n']))}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
