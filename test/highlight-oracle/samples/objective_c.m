#import <Foundation/Foundation.h>

// A post model.
@interface Post : NSObject
@property (nonatomic, copy) NSString *title;
@property (nonatomic) NSInteger words;
- (instancetype)initWithTitle:(NSString *)title;
@end

@implementation Post

- (instancetype)initWithTitle:(NSString *)title {
    self = [super init];
    if (self) {
        _title = [title copy];
        _words = 0;
    }
    return self;
}

@end

int main(int argc, const char *argv[]) {
    @autoreleasepool {
        Post *post = [[Post alloc] initWithTitle:@"Hello"];
        NSLog(@"%@ has %ld words", post.title, (long)post.words);
        BOOL ok = YES && post != nil;
    }
    return 0;
}
