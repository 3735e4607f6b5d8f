import { C_SOUP } from './c.gen.js';
import {
  block,
  comment,
  expression,
  gap,
  NAMES,
  preprocessor,
  statement,
  TYPES,
  topDeclaration,
  topFunction,
} from './c-family-code.js';
import type { CodeGenerator, Picker } from './random-code.js';
import { soup } from './soup.js';

const CPP_SOUP = [
  ...C_SOUP,
  'class',
  'template',
  'typename',
  'nullptr',
  'R"(',
  ')"',
  'R"x(',
  ')x"',
  '...',
  '<=>',
  'ms',
  's',
  'i',
  '0b1',
  "1'0",
  'namespace',
  'public:',
  '__offload',
  'std',
];

// C++ as blog posts show it: C's pieces (c-family-code.ts) with C++'s numbers and raw strings,
// and namespaces, classes with access labels, templates, lambdas, casts, `std::` names,
// exceptions, enum classes and operators.
const TEMPLATE_PARAMS = [
  'typename T',
  'class T',
  'typename T, int N',
  'typename... Args',
  'class T = int',
  'int N',
  'typename K, typename V',
];

function member(p: Picker, pad: string): string {
  switch (p.int(0, 9)) {
    case 0:
      return `${pad}${p.one(['public', 'private', 'protected'])}:`;
    case 1:
      return `${pad}${p.one(['virtual ', '', 'static ', 'explicit ', 'constexpr '])}${p.one(TYPES)} ${p.one(['get', 'size', 'operator==', 'operator<=>', 'run'])}(${p.one(['', 'int x', 'const Foo& other', 'T&& t'])})${p.one([' const', '', ' noexcept', ' override', ' final'])}${p.one([';', ' = 0;', ' = default;', ' { return x_; }', ` {\n${block(p, `${pad}    `, 2, true)}${pad}}`])}`;
    case 2:
      return `${pad}${p.one(['Foo', '~Foo', 'explicit Foo'])}(${p.one(['', 'int x', 'const Foo&'])})${p.one([' : x_(x) {}', ';', ' = delete;', ' {}'])}`;
    case 3:
      return `${pad}${p.one(TYPES)} ${p.one(['x_', 'data_', 'count_'])}${p.one(['', ' = 0', '{}', '{nullptr}'])};`;
    case 4:
      return `${pad}friend class ${p.one(['Bar', 'Baz'])};`;
    case 5:
      return `${pad}using ${p.one(['value_type', 'Ptr'])} = ${p.one(['T', 'std::unique_ptr<Foo>', 'int'])};`;
    default:
      return `${pad}${p.one(['std::vector<int>', 'std::string', 'std::map<std::string, int>', 'T', 'auto'])} ${p.one(NAMES)}${p.one([';', '{1, 2};', ' = {};'])}`;
  }
}

export function cppPiece(p: Picker): string {
  switch (p.int(0, 12)) {
    case 0:
      return `${p.chance(0.4) ? `template <${p.one(TEMPLATE_PARAMS)}>${p.one(['\n', ' '])}` : ''}${p.one(['class', 'struct'])} ${p.one(['Foo', 'Node', 'Widget'])}${p.one(['', ' : public Base', ' final', ' : private A, public B<T>', '<T*>'])} {\n${p.many(p.int(1, 4), () => `${member(p, p.one(['    ', '  ', '']))}\n`)}};`;
    case 1:
      return `namespace ${p.one(['foo', 'detail', 'a::b', ''])} {\n${p.many(p.int(1, 2), () => `${cppPiece(p)}\n`)}}${p.one(['', ' // namespace foo'])}`;
    case 2:
      return `using namespace std;`;
    case 3:
      return `${p.one(['auto', 'const auto', 'std::function<int(int)>'])} ${p.one(['f', 'add', 'cmp'])} = [${p.one(['', '&', '=', 'this', '&x, y'])}](${p.one(['', 'int x', 'auto&& a, auto b'])})${p.one(['', ' -> int', ' mutable'])} {\n${block(p, '    ', 2, true)}};`;
    case 4:
      return `template <${p.one(TEMPLATE_PARAMS)}>\n${p.one(['T', 'void', 'auto', 'constexpr bool'])} ${p.one(['max', 'print', 'swap'])}(${p.one(['T a, T b', 'Args&&... args', 'const std::vector<T>& v'])})${p.one(['', ' -> decltype(a + b)'])} {\n${block(p, '    ', 1, true)}}`;
    case 5:
      return `std::cout << ${p.one(['"value: "', 'x', 'R"(raw)"', "'\\n'"])} << ${expression(p, 2, true)} << std::endl;`;
    case 6:
      return `${p.one(['static_cast', 'reinterpret_cast', 'const_cast', 'dynamic_cast'])}<${p.one(['int', 'Foo*', 'const char*'])}>(${p.one(NAMES)});`;
    case 7:
      return `try {\n${block(p, '    ', 1, true)}} catch (const std::exception& e) {\n    std::cerr << e.what() << '\\n';\n}${p.one(['', ' catch (...) {\n    throw;\n}'])}`;
    case 8:
      return `enum ${p.one(['class', 'struct', ''])} ${p.one(['Color', 'E'])}${p.one(['', ' : int', ' : uint8_t'])} { ${p.one(['Red', 'A = 1'])}, ${p.one(['Green', 'B'])} };`;
    case 9:
      return p.one([
        "constexpr auto big = 1'000'000;",
        'auto d = 100ms + 2s;',
        'std::complex<double> z = 1.0 + 2i;',
        'int* p = nullptr;',
        'auto s = u8R"x(a "raw" string)x";',
        'template class Foo<int>;',
        'template<> struct hash<Foo>;',
        '__offload { f(); }',
        'co_await g(); co_yield 1; co_return;',
        'concept Addable = requires(T a) { a + a; };',
        'alignas(16) char buf[64];',
        'auto [a, b] = pair;',
        'Foo::Foo() : x_(0) {}',
        'void Foo::bar() const {',
        'decltype(auto) f() { return (x); }',
        'static_assert(sizeof(int) == 4, "int");',
        'std::vector<std::vector<int>> grid(n, std::vector<int>(m));',
        'operator bool() const { return ok; }',
        'x = a<b>c;',
        'typename T::value_type v;',
      ]);
    case 10:
      return topFunction(p, true);
    case 11:
      return topDeclaration(p, true);
    default:
      return statement(p, p.one(['', '    ']), 1, true);
  }
}

const generate: CodeGenerator = (p) => {
  if (p.chance(0.1)) return soup(p, CPP_SOUP);
  let code = p.chance(0.6) ? p.many(p.int(1, 3), () => `${preprocessor(p, true)}\n`) : '';
  const pieces = p.int(2, 7);
  for (let i = 0; i < pieces; i++)
    code += p.one([() => cppPiece(p), () => cppPiece(p), () => comment(p), () => preprocessor(p, true)])() + gap(p);
  return p.chance(0.1) ? code.trimEnd() : code;
};
export default generate;
