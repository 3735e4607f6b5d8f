#include <iostream>
#include <vector>
public: x
namespace app {
template <typename T, class U, int N, typename... Args>
class Widget : public Base<T> {
public:
    explicit Widget(int x) : x_(x) {}
    virtual ~Widget() = default;
    auto operator<=>(const Widget&) const = default;
    static constexpr std::size_t size = 1'000'000;
private:
    int x_{0};
};
struct Point final { double x, y; };
enum class Color : uint8_t { Red, Green };
}
int main() {
    auto f = [&](int x) -> int { return x * 2; };
    auto d = 100ms + 2s + 1.5h + 3min + 2us + 4ns + 1y + 2d;
    std::complex<double> c = 1.0 + 2i + 3if + 4il;
    double a = 1.5, b = 1., e = .5, g = 1'0.2'5e1'0, h = 1e5, k = 0x1'F, l = 0b1010'1010, m = 07'7;
    int* p = nullptr;
    auto raw = R"(a "raw" \n string)" + u8R"x(with )" inside)x" + LR"(w)";
    std::cout << "hi" << std::endl;
    switch (x) {
    case A::B:
        break;
    }
    for (auto& [k, v] : map) { co_await f(k); }
    if (x) { y(); }
    __offload { g(); }
    __outer x;
    template class Foo<int>;
    class
    Late;
    struct ... ;
    try { throw std::runtime_error("x"); } catch (...) {}
}
void Foo::bar() const {
}
int Foo::baz(int a);
