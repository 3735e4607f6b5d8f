// {% github PATH [REF] [TEXT…] %}: a link to PATH in the site's GitHub repository (`github:` in
// _config.yml), at REF (default master), showing TEXT or else the link itself. Written for kiln's
// plugin interface (README: "Moving a Jekyll site to kiln"); it stands in for a Ruby tag of the
// same name: double quotes in the markup are ignored, words are split on white space.
export default function (kiln) {
  kiln.tag('github', (markup, { site }) => {
    const [path = '', ref = 'master', ...words] = markup.replaceAll('"', '').split(/\s+/).filter(Boolean);
    const url = `${site.github ?? ''}/tree/${ref}/${path}`;
    return `<a href='${url}'>${words.length ? words.join(' ') : url}</a>`;
  });
}
