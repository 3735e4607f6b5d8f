import html from './html.gen.js';
import type { CodeGenerator } from './random-code.js';

// ERB as blog posts show it: a page of HTML (html.gen.ts) with Ruby tags put anywhere in it,
// between elements, in a tag, in an attribute's value, in a script or a style.
const TAGS = [
  '<%= @post.title %>',
  '<% if user %>',
  '<% end %>',
  '<%- items.each do |item| -%>',
  '<%# a comment %>',
  '<%% literal %%>',
  '<%= link_to "Home", root_path %>',
  '<%= raw "<b>" %>',
  '<% x = 1 %>',
];

const generate: CodeGenerator = (p) => {
  const chars = [...html(p)];
  for (let n = p.int(1, 4); n > 0; n--) chars.splice(p.int(0, chars.length), 0, p.one(TAGS));
  return chars.join('');
};
export default generate;
