import React, { useState } from 'react';

// A list of posts with a filter.
export default function PostList({ posts, limit = 10 }) {
  const [query, setQuery] = useState('');
  const shown = posts.filter((p) => p.title.includes(query)).slice(0, limit);
  return (
    <div className="posts">
      <input value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul>
        {shown.map((p) => (
          <li key={p.id}>
            <a href={`/blog/${p.slug}`}>{p.title}</a>
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p>No posts.</p>}
    </div>
  );
}
