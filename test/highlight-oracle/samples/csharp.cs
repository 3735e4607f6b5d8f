using System;
using System.Collections.Generic;

namespace Blog.Models
{
    // A blog post.
    public class Post : IComparable<Post>
    {
        public const int MaxTitle = 120;
        public string Title { get; set; }
        public DateTime Date { get; private set; }

        /// <summary>Compares by date.</summary>
        public int CompareTo(Post other)
        {
            if (other == null) return 1;
            return Date.CompareTo(other.Date);
        }

        public static void Main(string[] args)
        {
            var posts = new List<Post>();
            double ratio = 2.5e3;
            char c = 'x';
            Console.WriteLine($"{posts.Count} posts, {ratio}", true, null);
            string path = @"C:\blog\posts";
        }
    }
}
