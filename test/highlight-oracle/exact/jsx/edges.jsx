import React, { useState } from 'react';
// Elements where an expression starts; comparisons elsewhere
const el = <div className="a" id='b' data-x={x > 1 ? "y" : 'z'} {...props} disabled>
  Hello &amp; welcome, AT&T &copy; &nbsp;{name}!
  <Foo.Bar value={{ a: 1, b: [2] }} onClick={() => setOpen(!open)} />
  {items.map((item) => <li key={item.id}>{item.title}</li>)}
  {/* a comment */}
  <>fragment {`tmpl ${x}`} </>
  <p
    // a line comment
    title="multi" /* block */ >text</p>
</div>;
if (a < b && c > d) { x = a <b; }
for (let i = 0; i < n; i++) render(<App />, document.getElementById('root'));
function App() {
  return (
    <ul>
      {posts.length === 0 ? <p>No posts.</p> : posts.map(p => <Item {...p} />)}
    </ul>
  );
}
const broken = <div attr="unclosed>
text</div>;
<span>{</span>}</span>
</x/>
