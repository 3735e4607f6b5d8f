import { C_SOUP } from './c.gen.js';
import {
  comment,
  expression,
  gap,
  NAMES,
  preprocessor,
  statement,
  topDeclaration,
  topFunction,
} from './c-family-code.js';
import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

/** Objective-C's fragments for token soup (soup.ts), with C's. */
export const OBJC_SOUP = [
  ...C_SOUP,
  '@interface',
  '@implementation',
  '@end',
  '@class',
  '@protocol',
  '@property',
  '@"',
  '@"s"',
  "@'a'",
  "@'\\n",
  '@1',
  '@1.5',
  '@.5f',
  '@3f',
  '@0x1F',
  '@017',
  '@1e3',
  '@YES',
  '@true',
  '@selector',
  '@foo',
  '@[',
  '@{',
  '[',
  ']',
  '?',
  'in',
  'YES',
  'nil',
  '- (void)',
  '+ (id)',
  'name:',
  '...',
  '$x',
  'ſ',
  'K',
];

export const CLASSES = ['Post', 'NSObject', 'AppDelegate', 'UIView', 'Foo', 'NSString', 'MyClass_2', 'K$'];
const TYPES = [
  'void',
  'id',
  'instancetype',
  'BOOL',
  'NSString *',
  'NSInteger',
  'int',
  'CGFloat',
  'NSArray<NSString *> *',
  'SEL',
  'void (^)(BOOL)',
  'unsigned int',
];
const SELECTORS = [
  'init',
  'title',
  'count',
  'setTitle',
  'objectAtIndex',
  'addSubview',
  'length',
  'copy',
  'description',
  'class',
];

/** A type and a name (`NSString *title`, `int n`). */
function typed(p: Picker): string {
  const type = p.one(TYPES);
  return `${type}${type.endsWith('*') && p.chance(0.7) ? '' : ' '}${p.one(NAMES)}`;
}

/** An Objective-C literal: strings, characters, boxed numbers and expressions, arrays, dictionaries. */
export function objcLiteral(p: Picker, depth = 0): string {
  switch (p.int(0, depth > 1 ? 4 : 7)) {
    case 0:
      return `@"${p.one(['hello', '%@ and %d', 'a\\nb', '', 'é 😀', 'q\\"q', 'never closed'])}"`;
    case 1:
      return `@'${p.one(['a', '\\n', '\\x41', '\\0', '\\123', "'", 'ab', '😀', '\\'])}${p.one(["'", ''])}`;
    case 2:
      return `@${p.one(['1', '42', '1.5', '.5', '2.', '3f', '1.5f', '1e5', '2.5E-3', '0x1F', '0xffL', '017', '10l', '10L', '0X1', '1u'])}`;
    case 3:
      return p.one(['@YES', '@NO', '@true', '@false', 'YES', 'NO', 'nil', 'Nil', 'NULL', 'self', 'super']);
    case 4:
      return `@(${expression(p, 2)})`;
    case 5:
      return `@[${p.many(p.int(0, 3), () => objcExpression(p, depth + 1), p.one([', ', ','] as const))}]`;
    case 6:
      return `@{${p.many(p.int(0, 3), () => `${objcLiteral(p, depth + 1)}${p.one([': ', ' : ', ':'])}${objcExpression(p, depth + 1)}`, ', ')}}`;
    default:
      return `@selector(${p.one(SELECTORS)}${p.one(['', ':', ':with:'])})`;
  }
}

/** A message: `[receiver selector]`, with arguments, nested, with a block. */
export function message(p: Picker, depth = 0): string {
  const receiver = depth < 2 && p.chance(0.3) ? message(p, depth + 1) : p.one(['self', 'super', ...CLASSES, ...NAMES]);
  const sp = () => p.one([' ', ' ', '\n    ', ''])!;
  switch (p.int(0, 4)) {
    case 0:
      return `[${receiver} ${p.one(SELECTORS)}${p.one(['', ' '])}]`;
    case 1:
      return `[${receiver} ${p.one(SELECTORS)}:${objcExpression(p, depth + 1)}]`;
    case 2:
      return `[${receiver} ${p.many(p.int(2, 3), () => `${p.one(SELECTORS)}${p.one([':', ' :', ': '])}${objcExpression(p, depth + 1)}`, sp())}]`;
    case 3:
      return `[${receiver} ${p.one(['animateWithDuration', 'enumerateObjectsUsingBlock', 'dispatch'])}:${p.one(['0.3 ', ''])}${p.one(['animations:', 'completion:', ''])}^${p.one(['', '(BOOL finished)', '(id obj, NSUInteger idx, BOOL *stop)'])}{\n        ${p.one(['x = 1;', 'self.view.alpha = 0;', '[obj run];', 'return;'])}\n    }]`;
    default:
      return `[${receiver} ${p.one(SELECTORS)}${p.one([';', ' x y', ' {', ' ? a : b', ':@"s" :2'])}]`;
  }
}

export function objcExpression(p: Picker, depth = 0): string {
  if (depth > 2) return p.one([() => p.one(NAMES), () => objcLiteral(p, 3)])();
  switch (p.int(0, 6)) {
    case 0:
    case 1:
      return message(p, depth);
    case 2:
      return objcLiteral(p, depth);
    case 3:
      return `${p.one(NAMES)}.${p.one(['title', 'count', 'view.frame', 'class'])}`;
    case 4:
      return `${objcExpression(p, depth + 1)} ? ${objcExpression(p, depth + 1)} : ${objcExpression(p, depth + 1)}`;
    default:
      return expression(p, depth + 1);
  }
}

/** A statement in a method's body. */
export function objcStatement(p: Picker, pad: string, depth = 0): string {
  const inner = () => p.many(p.int(1, 2), () => `${objcStatement(p, `${pad}    `, depth + 1)}\n`);
  switch (depth > 1 ? p.int(4, 11) : p.int(0, 11)) {
    case 0:
      return `${pad}for (${p.one(['NSString *', 'id ', ''])}${p.one(NAMES)} in ${objcExpression(p, 1)}) {\n${inner()}${pad}}`;
    case 1:
      return `${pad}@try {\n${inner()}${pad}} @catch (${p.one(['NSException *e', 'id ex', '...'])}) {\n${inner()}${pad}}${p.one(['', ` @finally {\n${pad}}`])}`;
    case 2:
      return `${pad}@${p.one(['autoreleasepool', 'synchronized(self)'])} {\n${inner()}${pad}}`;
    case 3:
      return `${pad}if (${objcExpression(p, 1)}) {\n${inner()}${pad}}`;
    case 4:
    case 5:
      return `${pad}${typed(p)} = ${objcExpression(p, 0)};`;
    case 6:
    case 7:
      return `${pad}${message(p)};`;
    case 8:
      return `${pad}@throw ${objcExpression(p, 1)};`;
    case 9:
      return `${pad}return ${objcExpression(p, 1)};`;
    case 10:
      return `${pad}NSLog(@"${p.one(['%@', '%d items', 'x'])}"${p.chance(0.6) ? `, ${objcExpression(p, 1)}` : ''});`;
    default:
      return statement(p, pad, 2);
  }
}

/** A method's head: `- (type)name:(type)arg more:(type)arg`, odd spacing now and then. */
export function methodHead(p: Picker): string {
  const type = () => `${p.one(['(', '( '])}${p.one(TYPES)}${p.one([')', ' )'])}`;
  const sign = `${p.one(['-', '+'])}${p.one([' ', '', '  '])}${p.chance(0.9) ? type() : ''}${p.one(['', '', ' '])}`;
  const name = p.one(['init', 'initWithTitle', 'setValue', 'tableView', 'run', 'viewDidLoad', 'dealloc', 'log', 'K$x']);
  if (p.chance(0.3)) return `${sign}${name}`;
  const args = p.many(
    p.int(0, 2),
    () =>
      `${p.one([' ', '\n        ', ' '])}${p.one(['forKey', 'with', 'count', 'animated', 'b'])}${p.one([':', ' :'])}${type()}${p.one(['x', 'value', 'sender', 'anotherArg'])}`,
  );
  return `${sign}${name}:${type()}${p.one(['arg', 'title', 'format'])}${args}${p.one(['', '', ', ...', ' // note\n'])}`;
}

/** A piece of Objective-C at the top level. */
export function objcPiece(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
    case 1: {
      const head = p.one([
        `@interface ${p.one(CLASSES)} : ${p.one(CLASSES)}${p.one(['', ' <NSCopying>', ' <UITableViewDelegate, UITableViewDataSource>'])}`,
        `@interface ${p.one(CLASSES)} (${p.one(['Extras', 'Private', ''])})`,
        `@interface ${p.one(CLASSES)}${p.one(['', '\n', ' :\n', ' ( Cat )'])}`,
        `@protocol ${p.one(CLASSES)} <NSObject>`,
      ]);
      const ivars = p.chance(0.3) ? ` {\n    ${p.one(TYPES)} _${p.one(NAMES)};\n}` : '';
      const members = p.many(p.int(1, 4), () =>
        p.one([
          () =>
            `@property ${p.one(['(nonatomic, copy) ', '(nonatomic, strong, readonly) ', '(assign) ', '', '(weak) IBOutlet '])}${typed(p)};\n`,
          () => `${methodHead(p)};\n`,
          () => `${p.one(['@optional', '@required', '@public', '@private'])}\n`,
          () => `${comment(p)}\n`,
        ])(),
      );
      return `${head}${ivars}\n${members}@end`;
    }
    case 2:
    case 3:
    case 4:
      return `@implementation ${p.one(CLASSES)}${p.one(['', ' (Extras)'])}\n${p.chance(0.3) ? `@synthesize ${p.one(NAMES)} = _${p.one(NAMES)};\n` : ''}${p.many(p.int(1, 3), () => `\n${methodHead(p)}${p.one([' ', '\n', ''])}{\n${p.many(p.int(1, 4), () => `${objcStatement(p, '    ')}\n`)}}\n`)}\n@end`;
    case 5:
      return `@${p.one(['class', 'protocol'])} ${p.many(p.int(1, 3), () => p.one(CLASSES), p.one([', ', ',', ' ,']))}${p.one([';', '', ';\n'])}`;
    case 6:
      return `#import ${p.one(['<Foundation/Foundation.h>', '<UIKit/UIKit.h>', '"Post.h"', '"AppDelegate.h"'])}`;
    case 7:
      return `${methodHead(p)};`;
    case 8:
      return `int main(int argc, ${p.one(['char *', 'const char *', 'char * '])}argv[]) {\n    @autoreleasepool {\n${p.many(p.int(1, 3), () => `${objcStatement(p, '        ', 1)}\n`)}    }\n    return 0;\n}`;
    case 9:
      return p.one([() => topFunction(p), () => topDeclaration(p), () => preprocessor(p)])();
    case 10:
      return `${p.one(['static ', 'NSString * const ', 'extern '])}${p.one(NAMES)} = ${objcExpression(p)};`;
    case 11:
      return p.one([
        'x = a - b;',
        'y = a + (int)b;',
        '- (void)(broken',
        '+ classMethod;',
        'a = b ? c : d;',
        '@end',
        '@unknown',
        '@ x',
      ]);
    default:
      return comment(p);
  }
}

// Objective-C as blog posts show it: imports, interfaces with properties and method
// declarations, implementations whose methods send messages, use literals, blocks, fast
// enumeration and exceptions, with C's pieces between (c-family-code.ts).
const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, OBJC_SOUP);
  let code = p.chance(0.5)
    ? p.many(p.int(1, 2), () => `#import ${p.one(['<Foundation/Foundation.h>', '"Foo.h"'])}\n`)
    : '';
  const pieces = p.int(2, 6);
  for (let i = 0; i < pieces; i++) code += objcPiece(p) + gap(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
