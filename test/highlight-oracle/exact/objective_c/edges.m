#import <UIKit/UIKit.h>
#import "Post.h"
@class Foo, Bar, Baz;
int afterClasses = 1;
@class Single;
@protocol Delegate;
@protocol Named <NSObject>
@optional
- (void)didFinish:(id)sender;
@end

@interface Post : NSObject <NSCopying> {
    NSString *_title;
}
@property (nonatomic, strong, readonly) NSArray<NSString *> *tags;
@property(copy) void (^handler)(BOOL ok);
+ (instancetype)postWithTitle:(NSString *)title words:(NSInteger)words;
- (void)log:(NSString *)format, ...;
-(BOOL)isEmpty;
- (id) init ;
@end

@interface Post (Extras)
- (NSString *)summary; // a comment
@end

@interface Post ()
@end

@implementation Post
@synthesize tags = _tags;
@dynamic words;

+ (instancetype)postWithTitle:(NSString *)title words:(NSInteger)words {
    Post *p = [[self alloc] init];
    p->_title = [title copy];
    return p;
}

- (void)log:(NSString *)format, ... {
    va_list args;
    va_start(args, format);
    NSLogv(format, args);
}

- (NSString *)summary
{
    NSDictionary *d = @{ @"a": @1, @"b": @[@2.5, @0x1F, @017, @YES, @NO, @true], @"c": @'x' };
    NSArray *a = @[ @"x", @'\n', @'\x41', @1e5, @.5f, @3f, @10L ];
    for (NSString *key in d) {
        NSLog(@"%@ = %@", key, d[key]);
    }
    id x = flag ? @"yes" : @"no";
    int y = a ? b : c;
    [self.view addSubview:label];
    [UIView animateWithDuration:0.3 animations:^{
        self.view.alpha = 0;
    } completion:nil];
    [obj setValue:v forKey:@"k"];
    [obj a:1 b:2 c:3];
    [NSString stringWithFormat:@"%d", 42];
    [obj method];
    [obj method ];
    [[obj a] b];
    [obj foo;];
    @try {
        @throw [NSException exceptionWithName:@"E" reason:nil userInfo:nil];
    } @catch (NSException *e) {
    } @finally {
    }
    @synchronized(self) { x = nil; }
    SEL s = @selector(summary:);
    const char *enc = @encode(int);
    @unknown; @ bad; @é @1in in inx _in $x [$x y] [x $y:1]
    return nil;
}
@end

- (void)top:(int)a
   second:(int)b;
+ classMethod;
- (id)withComment:(int)a // trailing
      b:(int)c;
x = a - b;
y = a + (int)b;
- (void)(broken
int main(int argc, char *argv[]) {
    @autoreleasepool {
        return UIApplicationMain(argc, argv, nil, NSStringFromClass([AppDelegate class]));
    }
}
@interface Kelvin : ſuper
@end
@class K$x, y;
@interface
Newline
@end
@xͣy [a b];
@ͣ
