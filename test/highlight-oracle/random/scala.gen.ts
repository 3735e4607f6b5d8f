import type { CodeGenerator, Picker } from './random-code.js';

// Scala as blog posts show it (Spark, Flink and Kafka jobs, Akka actors, collections): packages
// and imports with selectors and renames, classes, case classes, traits, objects and case
// objects with type parameters, bounds and variance, annotations, defs with operator and
// backquoted names, vals, vars and lazy vals, type aliases and annotations, pattern matching,
// for comprehensions, lambdas and placeholders, every literal kind (numbers, strings,
// interpolated and triple-quoted strings, characters, symbols), comments of each kind (nested,
// Scaladoc), odd spacing, Unicode names and arrows, stray signs and unclosed strings and comments.
const TYPES = [
  'Int',
  'String',
  'Long',
  'Double',
  'Boolean',
  'Unit',
  'Any',
  'Option[Int]',
  'List[String]',
  'Map[String, List[Int]]',
  'Seq[(String, Long)]',
  'Int => String',
  '(Int, Int) => Int',
  'Future[Either[Throwable, Row]]',
  'Array[Byte]',
  'DataFrame',
  'Dataset[Event]',
  'RDD[(String, Int)]',
  'T',
  'F[_]',
  'A with B',
  'Iterator[T] forSome { type T }',
  'scala.collection.mutable.Map[K, V]',
  'this.type',
  'Größe',
  '=> Int',
  'Int*',
  'Foo#Bar',
];
const NAMES = [
  'x',
  'xs',
  'count',
  'events',
  'spark',
  'df',
  'env',
  'rdd',
  'acc',
  'key',
  'value',
  'user',
  'window',
  'ssc',
  '_1',
  'a1',
  '$conforms',
  'größe',
  'naïve',
  'π',
  '名前',
  'MaxSize',
  'X',
  'unary_!',
  'x_=',
  '`type`',
  '`my name`',
];
const CLASSES = [
  'WordCount',
  'Event',
  'SparkSession',
  'StreamExecutionEnvironment',
  'KafkaProducer',
  'ProducerRecord',
  'Some',
  'None',
  'Nil',
  'Future',
  'Time',
  'Über',
  'HTTPClient',
  'A',
  'X_Y',
  '_Private',
];
const METHODS = [
  'map',
  'flatMap',
  'filter',
  'foreach',
  'groupBy',
  'reduceByKey',
  'keyBy',
  'timeWindow',
  'sum',
  'collect',
  'getOrElse',
  'mkString',
  'toList',
  'count',
  'show',
  'read',
  'format',
  'option',
  'load',
  'agg',
  'send',
  'isEmpty',
  'asInstanceOf[Int]',
  'isInstanceOf[String]',
  'équal',
  '++',
  '::',
  'apply',
];
const ANNOTATIONS = [
  '@tailrec',
  '@transient',
  '@volatile',
  '@inline',
  '@deprecated("use foo", "2.0")',
  '@throws(classOf[IOException])',
  '@SerialVersionUID(1L)',
  '@annotation.tailrec',
  '@unchecked',
];

function number(p: Picker): string {
  return p.one([
    '0',
    '42',
    '42L',
    '7l',
    '1_000',
    '0xFF',
    '0XFF',
    '0x1fL',
    '3.14',
    '3.14f',
    '2.5D',
    '1e10',
    '1.0e-3',
    '6.02E+23',
    '.5',
    '5.',
    '2d',
    '10F',
    '1.5e',
    '0.0',
    '0L',
    '017',
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
    '"\\u00e9"',
    '"a\\\\"',
    '"ünïcödé ✓"',
    '"unclosed',
    '"\\"',
    '"// not a comment"',
    's"window is $window ms"',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Scala's own ${…}
    's"total: ${acc + 1}"',
    'f"$ratio%.2f"',
    'raw"\\d+\\s"',
    '"""multi\n  |line "quoted" text""".stripMargin',
    '"""one"""',
    '""""quoted""""',
    // biome-ignore lint/suspicious/noTemplateCurlyInString: Scala's own ${…}
    's"""${x} and $y"""',
    '"""unclosed triple',
    "'a'",
    "'\\n'",
    "'\\''",
    "'\\\\'",
    "'\\u0041'",
    "'\"'",
    "'é'",
    "'sym",
    "'user_id",
    "'ab'",
    "'op_+",
    "'",
  ]);
}

function name(p: Picker): string {
  return p.one(NAMES);
}

function type(p: Picker): string {
  return p.chance(0.75) ? p.one(TYPES) : p.one(CLASSES);
}

/** A type annotation: `:` and a type, spaced as people space it. */
function annotated(p: Picker): string {
  return `${p.one([': ', ':', ' : ', ':  '])}${type(p)}`;
}

function expr(p: Picker, depth = 2): string {
  const leaf = () =>
    p.one([
      name(p),
      number(p),
      string(p),
      'true',
      'false',
      'null',
      '_',
      '()',
      `${p.one(CLASSES)}.${p.one(METHODS)}`,
      `classOf[${type(p)}]`,
      `this.${name(p)}`,
      `super.${p.one(METHODS)}`,
      '$"user"',
      '???',
    ]);
  if (depth <= 0) return leaf();
  const e = () => expr(p, depth - 1);
  switch (p.int(0, 18)) {
    case 0:
      return `${e()} ${p.one(['+', '-', '*', '/', '%', '==', '!=', '<', '>', '<=', '>=', '&&', '||', '::', ':::', '++', '+:', ':+', '->', '→', '|>', '===', '<~', 'max', 'to', 'until'])} ${e()}`;
    case 1:
      return `if (${e()}) ${e()} else ${e()}`;
    case 2:
      return `new ${p.one(CLASSES)}${p.one(['', '[String]', '[String, Int]'])}(${p.many(p.int(0, 2), () => e(), ', ')})`;
    case 3:
      return `${name(p)}.${p.one(METHODS)}(${p.many(p.int(0, 2), () => e(), ', ')})`;
    case 4:
      return `${p.one(['x', '(a, b)', '(x: Int)', '()', 'e', '_'])} ${p.one(['=>', '⇒'])} ${e()}`;
    case 5:
      return `${name(p)}${p.one(['.map(_ + 1)', '.filter(_.count > 0)', '.reduce(_ + _)', ' map { _ * 2 }', '.foreach(println)'])}`;
    case 6:
      // A chain of calls across lines, as Spark jobs are written.
      return `${name(p)}${p.many(p.int(1, 4), () => `${p.one(['', '\n      ', '\n'])}.${p.one(METHODS)}${p.one(['', `(${e()})`, ' { x => x }', '()'])}`)}`;
    case 7:
      return `${e()} match {\n    case ${pattern(p)} => ${e()}\n    case _ => ${e()}\n  }`;
    case 8:
      return `{ case ${pattern(p)} ${p.one(['=>', '⇒'])} ${e()} }`;
    case 9:
      return `for (${name(p)} <- ${e()}${p.chance(0.4) ? ` if ${e()}` : ''}) yield ${e()}`;
    case 10:
      return `for {\n    ${name(p)} ${p.one(['<-', '←'])} ${e()}\n    ${name(p)} = ${e()}\n  } yield (${e()}, ${e()})`;
    case 11:
      return `(${e()}, ${e()})`;
    case 12:
      return `${name(p)}(${e()})`;
    case 13:
      return `${p.one(CLASSES)}(${p.many(p.int(0, 3), () => e(), ', ')})`;
    case 14:
      return `${p.one(['!', '-', '~'])}${e()}`;
    case 15:
      return `try ${e()} catch { case e: ${p.one(['Exception', 'IOException', 'Throwable'])} => ${e()} } finally ${e()}`;
    default:
      return leaf();
  }
}

function pattern(p: Picker): string {
  return p.one([
    '_',
    'x',
    'Some(x)',
    'None',
    'Nil',
    '(k, v)',
    'head :: tail',
    'e: Exception',
    'Event(user, _, at)',
    'x if x > 0',
    '"a" | "b"',
    '42',
    's @ Some(_)',
    'Seq(xs @ _*)',
    '_: String',
    "'a'",
    'List(1, 2)',
  ]);
}

function params(p: Picker): string {
  return p.many(
    p.int(0, 3),
    () =>
      `${p.chance(0.15) ? p.one(['implicit ', 'val ', 'var ', 'private val ']) : ''}${name(p)}${annotated(p)}${p.chance(0.2) ? ` = ${expr(p, 0)}` : ''}`,
    ', ',
  );
}

function typeParams(p: Picker): string {
  return p.one([
    '',
    '',
    '[T]',
    '[+A]',
    '[-B, +C]',
    '[K, V]',
    '[T <: Comparable[T]]',
    '[T >: Null]',
    '[T <% Ordered[T]]',
    '[T: Ordering]',
    '[F[_]]',
    '[A, B <: A]',
  ]);
}

function def(p: Picker, pad: string): string {
  const mods = p.many(
    p.int(0, 2),
    () => `${p.one(['override', 'private', 'protected', 'final', 'implicit', 'private[this]', 'protected[spark]'])} `,
  );
  const fname = p.one([
    ...METHODS.slice(0, 10),
    'main',
    'apply',
    'unapply',
    '+',
    '::',
    '<=',
    'unary_-',
    '`type`',
    'update_=',
    'größe',
    'receive',
  ]);
  const sig = `${fname}${typeParams(p)}${p.one(['', `(${params(p)})`, `(${params(p)})(implicit ev: Ordering[T])`, '()'])}${p.chance(0.7) ? annotated(p) : ''}`;
  const sep = p.one([' ', ' ', '  ', `\n${pad}  `, '\t']);
  const body = p.one([
    () => ` = ${expr(p)}`,
    () => ` = {\n${block(p, `${pad}  `, 1)}\n${pad}}`,
    () => ` {\n${block(p, `${pad}  `, 0)}\n${pad}}`,
    () => '',
    () => '=1',
  ])();
  return `${pad}${p.many(p.int(0, 1), () => `${p.one(ANNOTATIONS)}\n${pad}`)}${mods}def${sep}${sig}${body}`;
}

function statement(p: Picker, pad: string, depth: number): string {
  switch (p.int(0, 14)) {
    case 0:
      return `${pad}val ${p.one([name(p), '(a, b)', 'Some(x)', `${name(p)}${annotated(p)}`])}${p.one([' = ', '=', ` =\n${pad}  `])}${expr(p)}`;
    case 1:
      return `${pad}var ${name(p)}${p.chance(0.5) ? annotated(p) : ''} = ${expr(p)}`;
    case 2:
      return `${pad}lazy val ${name(p)} = ${expr(p)}`;
    case 3:
      return depth > 0 ? def(p, pad) : `${pad}${expr(p)}`;
    case 4:
      return `${pad}${comment(p)}`;
    case 5:
      return `${pad}type ${p.one(['Row', 'Key', 'F[A]', 'Callback'])} = ${type(p)}`;
    case 6:
      return `${pad}if (${expr(p)}) {\n${block(p, `${pad}  `, depth - 1)}\n${pad}} else ${expr(p)}`;
    case 7:
      return `${pad}while (${expr(p)}) ${expr(p)}`;
    case 8:
      return `${pad}${name(p)} ${p.one(['=', '+=', '-=', '::='])} ${expr(p)}`;
    case 9:
      return `${pad}return ${expr(p)}`;
    case 10:
      return `${pad}throw new ${p.one(['IllegalArgumentException', 'RuntimeException'])}(${string(p)})`;
    case 11:
      return `${pad}println(${expr(p)})`;
    default:
      return `${pad}${expr(p)}`;
  }
}

function block(p: Picker, pad: string, depth: number): string {
  return p.many(p.int(1, 3), () => statement(p, pad, depth), '\n');
}

function comment(p: Picker): string {
  return p.one([
    '// a comment',
    '//no space',
    '/* inline */',
    '/* spans\n   lines */',
    '/** Scaladoc: [[Event]] and @param x the x */',
    '/**\n * Counts words.\n *\n * @param args the arguments\n */',
    '/* outer /* nested */ still comment */',
    '/***/',
    '/**/',
    '/* never closed',
    '// ünïcode ✓',
  ]);
}

function typeDecl(p: Picker, pad: string, depth: number): string {
  const owner = p.one(CLASSES);
  const annotations = p.many(p.int(0, 1), () => `${pad}${p.one(ANNOTATIONS)}\n`);
  const mods = p.many(p.int(0, 2), () => `${p.one(['sealed', 'abstract', 'final', 'private', 'implicit', 'case'])} `);
  const keyword = p.one(['class', 'class', 'case class', 'trait', 'object', 'case object', 'abstract class']);
  const ctor = keyword.includes('object') || keyword === 'trait' ? '' : p.one(['', `(${params(p)})`, '()']);
  const parents = p.chance(0.5)
    ? ` extends ${p.one(['App', 'Serializable', 'Actor', `Base${typeParams(p)}`, 'RichMapFunction[String, Event]'])}${p.chance(0.4) ? ` with ${p.one(['Logging', 'Serializable', 'Ordered[Event]'])}` : ''}`
    : '';
  const body =
    depth > 0 || p.chance(0.3)
      ? ''
      : ` {${p.chance(0.2) ? ' self =>' : ''}\n${p.many(p.int(1, 4), () => (p.chance(0.2) ? typeDecl(p, `${pad}  `, depth + 1) : statement(p, `${pad}  `, 1)), '\n')}\n${pad}}`;
  return `${annotations}${pad}${mods}${keyword}${p.one([' ', ' ', '  ', '\n', '\t'])}${owner}${typeParams(p)}${ctor}${parents}${body}`;
}

function header(p: Picker): string {
  const lines: string[] = [];
  if (p.chance(0.2))
    lines.push(p.one(['/*\n * Licensed to the Apache Software Foundation (ASF).\n */', '// Copyright 2018']));
  if (p.chance(0.5))
    lines.push(`package ${p.one(['org.apache.spark.examples', 'com.example', 'kafka.streams.demo', 'my_app.v2'])}`);
  for (let i = p.int(0, 4); i > 0; i--)
    lines.push(
      `import ${p.one([
        'scala.collection.mutable',
        'scala.concurrent.duration._',
        'org.apache.spark.sql.{SparkSession, DataFrame}',
        'java.util.{List => JList, Map => _}',
        'org.apache.flink.streaming.api.scala._',
        'akka.actor.{Actor, Props}',
        'spark.implicits._',
        'Über.größe',
      ])}`,
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
      () =>
        p.one([
          'class',
          'trait',
          'object',
          'import',
          'package',
          'type',
          'def',
          'val',
          'var',
          'new',
          'this',
          'case',
          'match',
          'with',
          'forSome',
          'yield',
        ]),
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
          ':',
          '::',
          '=>',
          '<-',
          '<:',
          '>:',
          '<%',
          '=',
          '#',
          '@',
          '_',
          '`',
          '\\',
          '$',
          '‘',
          '’',
          '⇒',
          '←',
          '\u00a0',
          '\u2028',
          '\t',
          '\r\n',
          '\n',
          '\n\n',
        ]),
      () => p.one(ANNOTATIONS),
      () => comment(p),
      () => `${name(p)}(`,
      () => `.${p.one(METHODS)}`,
      () => `${name(p)}\n.${p.one(METHODS)}`,
      () => annotated(p),
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
        parts.push(def(p, ''));
        break;
      default:
        parts.push(typeDecl(p, '', 0));
    }
  return `${parts.join(p.one(['\n\n', '\n', '\n\n\n']))}${p.one(['\n', '\n', '', '\n\n'])}`;
};
export default generate;
