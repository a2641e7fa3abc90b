// `npm run check -- <saved-page.html> [--url <original url>] [--policy policy.json] [--lang en|zh-TW]`
//
// Runs the extension's own readers and rules on a saved page under jsdom (scripts never run, nothing is
// fetched) and returns what the extension would say: the snapshot, how each field was read (anchors),
// the findings and every rule's result. It is a diagnostic for "the extension said nothing / said the
// wrong thing on my page": the output names what could not be read instead of passing silently.
// Loaded by scripts/check.mjs through vite's runnerImport; the core is checkPage() (tested in tests/unit/check).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { evaluate, findingsOf } from '../../src/core/engine';
import { mergePolicy, type MergedPolicy } from '../../src/core/policy';
import { RULE_IDS } from '../../src/core/rules/ids';
import { RULE_LOGIC, RULE_META } from '../../src/core/rules';
import type { App, Diagnostics, Lang, Report, RuleResult, Snapshot } from '../../src/core/schema';
import { docsEditorId, formsEditId, isDrive, isFormsEditor, isShareDialogFrame, isStudio, studioVideoId } from '../../src/sites/detect';
import { readForms } from '../../src/sites/forms/reader';
import { readShareButton, readShareDialog } from '../../src/sites/share/reader';
import { readStudio } from '../../src/sites/studio/reader';

/** Where the URL the page was read under came from. */
export type UrlSource = 'argument' | 'saved-from' | 'canonical' | 'og:url' | 'content' | 'guessed';

export interface CheckFinding extends RuleResult {
  /** the rule's title in the chosen language */
  title: string;
  /** for unverified findings: what could not be read and what to check by hand */
  hint?: string;
}

export interface CheckOutput {
  url: string | null;
  urlSource: UrlSource | null;
  app: App | null;
  /** which reader produced the snapshot, e.g. 'forms', 'share-dialog', 'share-button', 'studio' */
  reader: string | null;
  /** 'checked'; 'nothing-to-check' (a known site, but no form/dialog/video on the page); 'unknown-page' */
  status: 'checked' | 'nothing-to-check' | 'unknown-page';
  snapshot: Snapshot | null;
  anchors: Diagnostics['anchors'];
  notes: string[];
  findings: CheckFinding[];
  results: RuleResult[];
  policyIssues: MergedPolicy['issues'];
}

export interface CheckOptions {
  url?: string;
  /** policy object (as in policy.json / the admin console), applied over the defaults like managed policy */
  policy?: unknown;
  lang?: Lang;
}

// ---------- finding the page's URL ----------

const SITE_URL_RE = /https:\/\/(?:docs\.google\.com|drive\.google\.com|studio\.youtube\.com)\/[A-Za-z0-9\-._~:/?#@!$&*+,;=%]*/g;
const trimUrl = (u: string) => decodeEntities(u).replace(/[.,;:!?]+$/, '');

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, '&').replace(/&#x26;/gi, '&').replace(/&#38;/g, '&');
}

/** A URL one of our content scripts runs on (the built manifest's matches, narrowed by detect.ts). */
export function knownSite(url: string): App | null {
  if (isFormsEditor(url)) return 'forms';
  if (isShareDialogFrame(url) || docsEditorId(url) || isDrive(url)) return 'share';
  if (isStudio(url)) return 'studio';
  return null;
}

type Marker = { app: App; url: (html: string) => string };

/** DOM/content markers of each site, used only when the page carries no usable URL. */
function markerGuess(doc: Document, html: string): Marker | null {
  const has = (sel: string) => {
    try {
      return doc.querySelector(sel) !== null;
    } catch {
      return false;
    }
  };
  if (has('ytcp-uploads-dialog')) {
    return { app: 'studio', url: () => 'https://studio.youtube.com/channel/UC0000000000000000000000/videos/upload?d=ud' };
  }
  if (has('ytcp-video-metadata-visibility, ytcp-video-metadata-editor, ytcp-video-visibility-edit-popup')) {
    return {
      app: 'studio',
      url: (h) => {
        const id = /studio\.youtube\.com\/video\/([A-Za-z0-9_-]{6,})\/edit/.exec(h)?.[1] ?? /youtu\.be\/([A-Za-z0-9_-]{6,})/.exec(h)?.[1];
        return `https://studio.youtube.com/video/${id ?? 'unknownVideo'}/edit`;
      },
    };
  }
  if (has('ytcp-app, ytcp-entity-page')) {
    // Studio, but neither the upload dialog nor a video's edit page (dashboard, content list): nothing to check
    return { app: 'studio', url: () => 'https://studio.youtube.com/channel/UC0000000000000000000000' };
  }
  if (/FB_(?:PUBLIC_)?LOAD_DATA_|"docs-sup":"\/forms"|FormsEditorUi|freebird/.test(html) || has('[data-item-id]')) {
    return { app: 'forms', url: () => 'https://docs.google.com/forms/d/unknownFormIdFromCheck/edit' };
  }
  if (has('ul[jsname="rymPhb"], button[aria-label$="change general access"], div[jsname="nfek"]') || /drivesharing/.test(html)) {
    return { app: 'share', url: () => 'https://docs.google.com/drivesharing/driveshare?id=unknownFileIdFromCheck' };
  }
  if (has('#docs-titlebar-share-client-button')) {
    return { app: 'share', url: () => 'https://docs.google.com/document/d/unknownFileIdFromCheck/edit' };
  }
  return null;
}

/** The original URL of a saved page: Chrome's "saved from url" comment, canonical, og:url, a site URL in the content, or a guess. */
export function guessUrl(html: string, doc: Document): { url: string; source: UrlSource } | null {
  const saved = /<!--\s*saved from url=\(\d+\)(\S+?)\s*-->/i.exec(html)?.[1];
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  const declared: Array<[string | null | undefined, UrlSource]> = [
    [saved, 'saved-from'],
    [canonical, 'canonical'],
    [og, 'og:url'],
  ];
  for (const [u, source] of declared) if (u && knownSite(decodeEntities(u))) return { url: decodeEntities(u), source };

  const marker = markerGuess(doc, html);
  const inContent = [...html.matchAll(SITE_URL_RE)].map((m) => trimUrl(m[0]));
  // prefer a URL of the app the markup looks like, then any URL we know
  const fit = marker ? inContent.find((u) => knownSite(u) === marker.app && specific(u, marker.app)) : undefined;
  if (fit) return { url: fit, source: 'content' };
  if (marker) return { url: marker.url(html), source: 'guessed' };
  const any = inContent.find((u) => {
    const app = knownSite(u);
    return app !== null && specific(u, app);
  });
  return any ? { url: any, source: 'content' } : null;
}

/** A content URL good enough to read the page under (the studio edit page needs the video id). */
function specific(url: string, app: App): boolean {
  if (app === 'forms') return formsEditId(url) !== null;
  if (app === 'studio') return studioVideoId(url) !== null || /\/videos\/upload/.test(url);
  return true;
}

// ---------- reading and evaluating ----------

function readPage(app: App, doc: Document, url: string): { snapshot: Snapshot | null; reader: string } {
  if (app === 'forms') return { snapshot: readForms(doc, url), reader: 'forms' };
  if (app === 'studio') return { snapshot: readStudio(doc, url), reader: 'studio' };
  const dialog = readShareDialog(doc, url);
  if (dialog || isShareDialogFrame(url)) return { snapshot: dialog, reader: 'share-dialog' };
  return { snapshot: readShareButton(doc, url), reader: 'share-button' };
}

export function parseHtml(html: string, url?: string): Document {
  // No scripts run, no resources load, and jsdom's own complaints (CSS it cannot parse) stay off stdout.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { url: url ?? 'about:blank', virtualConsole });
  return dom.window.document;
}

/** Read a saved page the way the extension would and say what it finds. Never throws on page content. */
export function checkPage(html: string, opts: CheckOptions = {}): CheckOutput {
  const lang: Lang = opts.lang ?? 'en';
  const merged = mergePolicy(opts.policy, undefined, RULE_IDS);
  const out: CheckOutput = {
    url: null,
    urlSource: null,
    app: null,
    reader: null,
    status: 'unknown-page',
    snapshot: null,
    anchors: {},
    notes: [],
    findings: [],
    results: [],
    policyIssues: merged.issues,
  };
  let url: string | null = null;
  if (opts.url) {
    url = opts.url;
    out.urlSource = 'argument';
  } else {
    const g = guessUrl(html, parseHtml(html));
    if (g) {
      url = g.url;
      out.urlSource = g.source;
    }
  }
  out.url = url;
  const app = url ? knownSite(url) : null;
  if (!url || !app) {
    out.notes.push(url ? 'url-not-a-checked-site' : 'url-unknown');
    return out;
  }
  out.app = app;
  const doc = parseHtml(html, url);
  const { snapshot, reader } = readPage(app, doc, url);
  out.reader = reader;
  if (!snapshot) {
    out.status = 'nothing-to-check';
    out.notes.push(app === 'share' ? 'no-share-dialog-or-button' : app === 'studio' ? 'no-upload-dialog-or-edit-page' : 'nothing-read');
    return out;
  }
  const report: Report = evaluate(snapshot, merged.policy, RULE_LOGIC);
  out.status = 'checked';
  out.snapshot = snapshot;
  out.anchors = snapshot.diagnostics.anchors;
  out.notes = [...snapshot.diagnostics.notes];
  out.results = report.results;
  out.findings = findingsOf(report).map((r) => {
    const m = RULE_META.find((x) => x.id === r.ruleId)?.messages[lang];
    const f: CheckFinding = { ...r, title: m?.title ?? r.ruleId };
    if (r.status === 'unverified' && m) f.hint = m.unverified;
    return f;
  });
  return out;
}

// ---------- command line ----------

export const USAGE = 'usage: npm run check -- <saved-page.html> [--url <original url>] [--policy policy.json] [--lang en|zh-TW]';

export interface CliArgs {
  file: string;
  url?: string;
  policyFile?: string;
  lang?: Lang;
}

export function parseArgs(argv: readonly string[]): CliArgs | { error: string } {
  const args: Partial<CliArgs> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = () => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${a} needs a value`);
      return v;
    };
    try {
      if (a === '--url') args.url = value();
      else if (a === '--policy') args.policyFile = value();
      else if (a === '--lang') {
        const l = value();
        if (l !== 'en' && l !== 'zh-TW') return { error: `--lang must be en or zh-TW, not ${l}` };
        args.lang = l;
      } else if (a === '-h' || a === '--help') return { error: 'help' };
      else if (a.startsWith('--')) return { error: `unknown option ${a}` };
      else if (args.file === undefined) args.file = a;
      else return { error: `one page at a time (got ${args.file} and ${a})` };
    } catch (e) {
      return { error: (e as Error).message };
    }
  }
  if (!args.file) return { error: 'no page given' };
  if (args.url !== undefined) {
    try {
      new URL(args.url);
    } catch {
      return { error: `--url is not a URL: ${args.url}` };
    }
  }
  return args as CliArgs;
}

export interface Io {
  out(s: string): void;
  err(s: string): void;
  readFile(path: string): string;
}

const nodeIo: Io = {
  out: (s) => process.stdout.write(s + '\n'),
  err: (s) => process.stderr.write(s + '\n'),
  // `npm run` starts scripts in the package root; resolve paths against where the user typed the command.
  readFile: (p) => readFileSync(resolve(process.env['INIT_CWD'] ?? process.cwd(), p), 'utf8'),
};

/** Exit code: 0 after a check (findings or not: it is a diagnostic), 2 on usage errors. */
export function main(argv: readonly string[], io: Io = nodeIo): number {
  const args = parseArgs(argv);
  if ('error' in args) {
    if (args.error !== 'help') io.err(`check: ${args.error}`);
    io.err(USAGE);
    return 2;
  }
  let html: string;
  try {
    html = io.readFile(args.file);
  } catch (e) {
    io.err(`check: cannot read ${args.file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 2;
  }
  let policy: unknown;
  if (args.policyFile) {
    try {
      policy = JSON.parse(io.readFile(args.policyFile));
    } catch (e) {
      io.err(`check: cannot read policy ${args.policyFile}: ${(e as Error).message}`);
      return 2;
    }
  }
  const opts: CheckOptions = { policy };
  if (args.url) opts.url = args.url;
  if (args.lang) opts.lang = args.lang;
  const result = checkPage(html, opts);
  io.out(JSON.stringify(result, null, 2));
  if (result.status !== 'checked') io.err(`check: ${result.status} (${result.notes.join(', ') || 'no details'})`);
  else if (result.urlSource === 'guessed') io.err('check: the page carried no URL; read under a guessed one (pass --url for the item id)');
  for (const i of result.policyIssues) io.err(`check: policy ${i.key}: ${i.code}${i.detail ? ` (${i.detail})` : ''}`);
  return 0;
}
