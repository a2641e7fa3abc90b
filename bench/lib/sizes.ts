// Bundle sizes read from the built extension (dist/chrome): each content script, the worker and the popup,
// minified bytes as shipped and gzip -9 (zlib.gzipSync) of the same bytes. A multi-chunk entry (worker, popup)
// counts its entry file plus every chunk it statically imports.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface SizeRow {
  name: string;
  files: string[];
  minified: number;
  gzip: number;
  /** budget in bytes (minified), when there is one */
  budget: number | null;
}

export const KB = 1024;
export const SIZE_BUDGETS = { contentScript: 40 * KB, popup: 60 * KB };

/** The entry and every chunk reached through static `import … from "./x.js"` / `import "./x.js"`. */
export function staticGraph(dist: string, entry: string): string[] {
  const seen = new Set<string>();
  const visit = (rel: string) => {
    if (seen.has(rel) || !existsSync(join(dist, rel))) return;
    seen.add(rel);
    const code = readFileSync(join(dist, rel), 'utf8');
    for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*)["'](\.{1,2}\/[^"']+\.js)["']/g)) visit(posix.join(posix.dirname(rel), m[1]!));
  };
  visit(entry);
  return [...seen];
}

function htmlScripts(dist: string, html: string): string[] {
  const text = readFileSync(join(dist, html), 'utf8');
  return [...text.matchAll(/<script[^>]*\bsrc="([^"]+)"/g)].map((m) =>
    m[1]!.startsWith('/') ? m[1]!.slice(1) : posix.join(posix.dirname(html), m[1]!),
  );
}

function row(dist: string, name: string, files: string[], budget: number | null): SizeRow {
  const bytes = Buffer.concat(files.map((f) => readFileSync(join(dist, f))));
  // gzip each file separately (that is how they are fetched), then sum
  const gz = files.reduce((a, f) => a + gzipSync(readFileSync(join(dist, f)), { level: 9 }).length, 0);
  return { name, files, minified: bytes.length, gzip: gz, budget };
}

export function measureSizes(dist: string): SizeRow[] {
  const m = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    content_scripts?: Array<{ js: string[] }>;
    background?: { service_worker?: string };
    action?: { default_popup?: string };
  };
  const rows: SizeRow[] = [];
  const cs = [...new Set((m.content_scripts ?? []).flatMap((c) => c.js))];
  for (const js of cs) rows.push(row(dist, `content: ${posix.basename(js)}`, [js], SIZE_BUDGETS.contentScript));
  if (m.background?.service_worker) rows.push(row(dist, 'worker', staticGraph(dist, m.background.service_worker), null));
  if (m.action?.default_popup) {
    const files = [...new Set(htmlScripts(dist, m.action.default_popup).flatMap((s) => staticGraph(dist, s)))];
    rows.push(row(dist, 'popup', files, SIZE_BUDGETS.popup));
  }
  return rows;
}
