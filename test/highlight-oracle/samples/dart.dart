import 'dart:async';

// A post in the feed.
class Post {
  final String title;
  final DateTime date;
  int words = 0;

  Post(this.title, this.date);

  @override
  String toString() => 'Post($title, ${date.year})';
}

Future<List<Post>> load(String path) async {
  final posts = <Post>[];
  await Future.delayed(const Duration(milliseconds: 10));
  for (var i = 0; i < 3; i++) {
    posts.add(Post("post $i", DateTime.now()));
  }
  return posts;
}

void main() async {
  var ratio = 0.5 * 0x10;
  final posts = await load('/tmp');
  print('${posts.length} posts, ratio $ratio, ${null ?? true}');
}
