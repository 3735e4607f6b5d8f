#import <Foundation/Foundation.h>
#include <vector>
@class Foo, Bar;
namespace app {
class Widget : public Base {
public:
    void run() const { [obj performSelector:@selector(class)]; }
};
}
@implementation Foo
- (void)run:(std::vector<int> &)v {
    auto cls = [self class];
    id c = self.class;
    NSDictionary *d = @{ @"k": @[@1, @2] };
    std::string s = R"(raw)";
    for (id x in list) { std::cout << x << std::endl; }
    int n = a ? b::c : d;
    if (ptr == nullptr) return;
}
@end
template <typename T> T max(T a, T b) { return a > b ? a : b; }
