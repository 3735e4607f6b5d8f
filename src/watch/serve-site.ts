import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../config/load-config.js';
import type { BuildFlags } from '../config/types.js';
import type { RenderStore } from '../render/kept.js';
import { importModule } from '../shared/import-module.js';
import type { Log } from '../shared/log.js';
import { createSiteServer, isLoopback } from './serve.js';
import { watch } from './watch.js';

export interface ServeOptions {
  readonly flags: BuildFlags;
  /** Where `kiln build` keeps what it rendered, for the first build (render/kept.ts). */
  readonly store?: RenderStore;
  readonly host: string;
  readonly port: number;
  /** A port the user chose is still only the first one tried, but is named when it was busy. */
  readonly portGiven: boolean;
  readonly open: boolean;
  /** Opens a URL in the browser (the `open` package unless given). */
  readonly openUrl?: (url: string) => Promise<unknown>;
  readonly log: Log;
  /** One line of what serve does (stdout). */
  print(line: string): void;
  /** A warning (stderr). */
  warn(line: string): void;
  /** How a URL is shown (bold on a terminal). */
  link(url: string): string;
  /** Resolves when serve should stop. */
  readonly stop: Promise<void>;
}

// A busy port: the next ones are tried, as far as this.
const PORTS_TRIED = 20;

/**
 * `kiln serve`: watches the source, builds into a private temporary folder (never into the
 * site's destination, so the committed build and the source stay as they are, drafts or not)
 * and serves the last good build of it. Returns the exit code.
 */
export async function serveSite(o: ServeOptions): Promise<number> {
  const source = o.flags.source ?? '.';
  const hosts = [o.host, ...(isWildcard(o.host) ? machineNames() : [])];
  const site = createSiteServer({ source, hosts });
  let port = o.port;
  for (let tries = 0; ; tries++) {
    const error = await new Promise<NodeJS.ErrnoException | null>((done) => {
      site.server.once('error', done);
      site.server.listen(port, o.host, () => {
        site.server.off('error', done);
        done(null);
      });
    });
    if (!error) break;
    if (error.code !== 'EADDRINUSE' || port === 0 || tries + 1 >= PORTS_TRIED || port >= 65535) {
      o.warn(
        error.code === 'EADDRINUSE'
          ? `kiln: ports ${o.port}–${port} on ${o.host} are all in use; choose another with --port`
          : `kiln: cannot listen on ${o.host}:${port}: ${error.message}`,
      );
      return 1;
    }
    port++;
  }
  const address = site.server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  if (actual !== o.port && o.port !== 0) o.print(`port ${o.port} is in use; took ${actual}, the next free one`);
  if (!isLoopback(o.host))
    o.warn(
      `kiln: listening on ${o.host}, beyond this machine: anyone who can reach it on port ${actual} can read the site, drafts included`,
    );
  let baseurl = '';
  try {
    baseurl = loadConfig(o.flags).baseurl.replace(/\/+$/, '');
  } catch {
    // The first build reports the config's error.
  }
  const shownHost = isWildcard(o.host) ? 'localhost' : o.host.includes(':') ? `[${o.host}]` : o.host;
  const url = `http://${shownHost}:${actual}${baseurl}/`;
  o.print(`serving ${o.link(url)} (Ctrl-C stops)`);

  const output = mkdtempSync(join(tmpdir(), 'kiln-serve-'));
  let opened = !o.open;
  const watcher = watch(
    { ...o.flags, destination: output },
    o.log,
    o.print,
    (outcome) => {
      site.notify(outcome);
      if (outcome.ok && !opened) {
        opened = true;
        const openUrl =
          o.openUrl ??
          ((u: string) => importModule<typeof import('open')>('open').then(({ default: open }) => open(u)));
        openUrl(url).catch((e) => o.warn(`kiln: cannot open ${url}: ${e}`));
      }
    },
    () => site.building(),
    o.store,
  );
  await watcher.ready;
  o.print(`watching ${source} for changes (Ctrl-C stops)`);
  await o.stop;
  site.close();
  await watcher.close();
  rmSync(output, { recursive: true, force: true });
  return 0;
}

function isWildcard(host: string): boolean {
  return host === '0.0.0.0' || host === '::' || host === '[::]';
}

/** The names a browser on the network may use for this machine: its host name and addresses. */
function machineNames(): string[] {
  const addresses = Object.values(networkInterfaces()).flatMap((list) => (list ?? []).map((a) => a.address));
  return [hostname(), ...addresses];
}
