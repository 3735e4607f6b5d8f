<?php
namespace App\Blog;

use App\Models\Post;

// Lists recent posts.
class PostController extends Controller
{
    const LIMIT = 10;
    private $cache = [];

    /**
     * Shows the index.
     */
    public function index(Request $request): array
    {
        $posts = Post::where('draft', false)->take(self::LIMIT)->get();
        foreach ($posts as $i => $post) {
            echo "<li>{$post->title}</li>\n";
        }
        $ratio = 0.5 * count($posts) + 0xff;
        return ['posts' => $posts, 'ok' => true, 'none' => null];
    }
}
