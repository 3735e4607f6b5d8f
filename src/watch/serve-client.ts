/// <reference lib="dom" />
/** Where open pages hear about builds (server-sent events). */
export const EVENTS_PATH = '/__kiln/events';

// Runs in the browser; kept as plain JavaScript so that it is sent as it is written.
function client(eventsPath: string) {
  type ErrorView = {
    text: string;
    file?: string;
    line?: number;
    column?: number;
    message: string;
    lines?: { n: number; text: string }[];
  };
  const events = new EventSource(eventsPath);
  // The output paths this page may have been built from (`/a/` is `/a/index.html`).
  const here = () => {
    const p = decodeURIComponent(location.pathname);
    return p.endsWith('/') ? [`${p}index.html`] : [p, `${p}.html`, `${p}/index.html`];
  };
  const pathOf = (href: string) => decodeURIComponent(new URL(href, location.href).pathname);
  const overlay = () => document.getElementById('kiln-error');
  events.addEventListener('built', (e) => {
    const { first, changed, removed } = JSON.parse((e as MessageEvent).data) as {
      first: boolean;
      changed: string[];
      removed: string[];
    };
    overlay()?.remove();
    if (first) return location.reload();
    const touched = new Set([...changed, ...removed]);
    if (here().some((p) => touched.has(p))) return location.reload();
    // A stylesheet is swapped in place: the page keeps its state and scroll position.
    for (const link of document.querySelectorAll<HTMLLinkElement>('link[rel~="stylesheet"]')) {
      if (!touched.has(pathOf(link.href))) continue;
      const url = new URL(link.href);
      url.searchParams.set('kiln-reload', String(Date.now()));
      link.href = url.href;
    }
    // A script or an image this page uses: reload.
    const used = [...document.querySelectorAll<HTMLElement & { src: string }>('script[src], img[src]')];
    if (used.some((el) => touched.has(pathOf(el.src)))) location.reload();
  });
  events.addEventListener('failed', (e) => {
    const errors = JSON.parse((e as MessageEvent).data) as ErrorView[];
    overlay()?.remove();
    const box = document.createElement('div');
    box.id = 'kiln-error';
    box.setAttribute('role', 'alertdialog');
    box.style.cssText =
      'position:fixed;inset:0;overflow:auto;z-index:2147483647;background:rgba(24,10,12,.94);color:#f4e8e8;font:14px/1.5 ui-monospace,monospace;padding:2em';
    const close = document.createElement('button');
    close.textContent = '×';
    close.title = 'Dismiss (Esc); it comes back with the next failed build';
    close.style.cssText =
      'position:absolute;top:.6em;right:.8em;font-size:1.6em;background:none;border:0;color:inherit;cursor:pointer';
    close.onclick = () => box.remove();
    const title = document.createElement('h2');
    title.textContent = 'kiln: the build failed';
    title.style.cssText = 'margin:0 0 1em;font:600 18px system-ui,sans-serif;color:#ff9b9b';
    box.append(close, title);
    for (const err of errors) {
      const where = document.createElement('div');
      where.className = 'kiln-error-where';
      where.style.cssText = 'font-weight:700;color:#ffd27a';
      where.textContent = err.file
        ? `${err.file}${err.line ? `:${err.line}` : ''}${err.column ? `:${err.column}` : ''}`
        : '';
      const message = document.createElement('div');
      message.className = 'kiln-error-message';
      message.style.cssText = 'margin:.2em 0 .8em;white-space:pre-wrap';
      message.textContent = err.file ? err.message : err.text;
      box.append(where, message);
      if (!err.lines) continue;
      const frame = document.createElement('pre');
      frame.className = 'kiln-error-source';
      frame.style.cssText = 'margin:0 0 1.5em;padding:.8em 0;background:#1a0e10;border-radius:6px;overflow:auto';
      const width = String(err.lines[err.lines.length - 1]?.n ?? 0).length;
      for (const l of err.lines) {
        const row = document.createElement('div');
        const mark = l.n === err.line;
        row.style.cssText = `padding:0 1em;${mark ? 'background:#5a1d24;color:#fff' : 'color:#c9b8b8'}`;
        row.textContent = `${mark ? '>' : ' '} ${String(l.n).padStart(width)} | ${l.text}`;
        frame.append(row);
        if (mark && err.column) {
          const caret = document.createElement('div');
          caret.style.cssText = 'padding:0 1em;color:#ff9b9b';
          caret.textContent = `  ${' '.repeat(width)} | ${' '.repeat(err.column - 1)}^`;
          frame.append(caret);
        }
      }
      box.append(frame);
    }
    document.body.append(box);
  });
  addEventListener('keydown', (e) => {
    if (e.key === 'Escape') overlay()?.remove();
  });
}

/** The script injected into served HTML (never written to the destination). */
export const CLIENT = `<script>(${client.toString()})(${JSON.stringify(EVENTS_PATH)});</script>`;
