// Writes every page of the URL contract as HTML in its language, from the app's own routes and components (the server
// entry, src/entry-server.tsx, built by scripts/build.ts), around the client build's index.html:
//   {lng}/index.html, {lng}/{code}/{page}.html     a page, hydrated by the app after the first paint
//   {lng}/{code}.html                              sends on to the code's first step
//   index.html, {code}.html, {code}/{page}.html    an old link without a language: sent on by the early script
//   404.html                                       any other path: the app says what is covered
//   sitemap.xml, _headers                          for search engines and static hosts
// Pages are files named like their URL plus `.html` (not folders with an index.html), which static hosts serve at the
// URL without adding a trailing slash.
import { mkdirSync, rmSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { HydrationState } from 'react-router';
import { codes, flowStepIds } from '../src/config/flow';
import { earlyScript } from '../src/boot/early-script';
import { languageNames, languages, languageSlug, type Language } from '../src/lib/languages';
import { contentSecurityPolicy } from '../security-headers';
import { headersFile } from './headers-file';

/** What the server entry exports (src/entry-server.tsx), as the prerender uses it. */
export interface ServerEntry {
  primeLanguage(language: Language, files: Record<'ui' | 'actions' | 'document' | 'tools', unknown>): void;
  renderPage(path: string): Promise<
    | { kind: 'page'; status: number; html: string; hydrationData: HydrationState }
    | { kind: 'redirect'; status: number; location: string }
  >;
}

export interface PrerenderOptions {
  outDir: string;
  /** The deployment's base path, `/` or `/help/unblock/`. */
  base: string;
  /** The site's origin (SITE_URL), for absolute canonical links and sitemap entries; root-relative without it. */
  site?: string;
}

/** Every page of the contract, by path under the base path. */
export function pagePaths(): { language: Language; path: string }[] {
  return languages.flatMap((language) => {
    const slug = `/${languageSlug(language)}`;
    return [
      { language, path: `${slug}/` },
      ...codes.flatMap((code) => [...flowStepIds(code), 'checklist'].map((page) => ({ language, path: `${slug}/${code}/${page}` }))),
    ];
  });
}

/** The file a path is served from: `/ja/` → `ja/index.html`, `/ja/5.7.750/domains` → `ja/5.7.750/domains.html`. */
export const fileOf = (path: string): string => (path.endsWith('/') ? `${path.slice(1)}index.html` : `${path.slice(1)}.html`);

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

// JSON inside <script type="application/json">: `<` is escaped so no text can close the element.
const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

interface Template {
  /** The head's tags from the client build (styles, icon, meta) without the script, the preload links and the title. */
  head: string;
  /** The URL of the app's entry module. */
  entry: string;
  /** The modules the entry imports, requested together with it rather than after it. */
  preload: string[];
}

function readTemplate(outDir: string): Template {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const head = /<head>([\s\S]*)<\/head>/.exec(html)?.[1];
  const entryTag = /<script type="module"[^>]*><\/script>/.exec(html)?.[0];
  const entry = entryTag && /src="([^"]+)"/.exec(entryTag)?.[1];
  if (!head || !entryTag || !entry) throw new Error(`${outDir}/index.html is not the client build's page`);
  const kept = head
    .replace(entryTag, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta charset="UTF-8" \/>\s*/, '')
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '');
  return { head: kept.trim(), entry, preload: startModules(outDir, entry) };
}

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

/**
 * The modules the entry imports, and theirs: requested with the entry rather than once it has arrived and been read.
 * Read from Vite's manifest, which is removed after: it is not for the site.
 */
function startModules(outDir: string, entry: string): string[] {
  const manifestFile = join(outDir, '.vite', 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Record<string, ManifestChunk>;
  rmSync(join(outDir, '.vite'), { recursive: true, force: true });
  const main = Object.values(manifest).find((chunk) => chunk.isEntry && entry.endsWith(`/${chunk.file}`));
  if (!main) throw new Error(`The manifest has no entry ${entry}`);
  const files = new Set<string>();
  const add = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    chunk.imports?.forEach(add);
  };
  main.imports?.forEach(add);
  const assets = entry.slice(0, entry.length - main.file.length);
  return [...files].map((file) => `${assets}${file}`);
}

interface PageHead {
  language: Language;
  title: string;
  description: string;
  /** Links to the same page in each language, and the canonical one. */
  links: string[];
}

function documentHtml(options: PrerenderOptions, template: Template, head: PageHead, body: string, withApp: boolean): string {
  return [
    '<!doctype html>',
    `<html lang="${head.language}">`,
    '<head>',
    '<meta charset="UTF-8" />',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy({ meta: true, base: options.base })}" />`,
    `<title>${escapeHtml(head.title)}</title>`,
    head.description ? `<meta name="description" content="${escapeHtml(head.description)}" />` : '',
    // The app, which the early script loads after the first paint.
    withApp ? `<meta name="unblock-entry" content="${escapeHtml(template.entry)}" />` : '',
    withApp ? `<meta name="unblock-preload" content="${escapeHtml(template.preload.join(' '))}" />` : '',
    ...head.links,
    template.head,
    // After the stylesheet, which it waits for: the page is then laid out once, with its styles. Before it, the end
    // of parsing laid the whole page out unstyled first, a long task spent for nothing.
    `<script>${earlyScript(options.base)}</script>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ]
    .filter(Boolean)
    .join('\n');
}

function write(outDir: string, file: string, text: string): void {
  const target = join(outDir, file);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
}

function localeFiles(language: Language): Record<'ui' | 'actions' | 'document' | 'tools' | 'boot', unknown> {
  const read = (name: string) => JSON.parse(readFileSync(join('locales', language, `${name}.json`), 'utf8')) as unknown;
  return { ui: read('ui'), actions: read('actions'), document: read('document'), tools: read('tools'), boot: read('boot') };
}

/** `shell.noScript` and the like, read from the language's ui.json without i18next. */
function uiString(files: Record<string, unknown>, key: string): string {
  const value = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], files.ui);
  if (typeof value !== 'string') throw new Error(`ui.json lacks ${key}`);
  return value;
}

export async function prerender(entry: ServerEntry, options: PrerenderOptions): Promise<{ file: string; bytes: number }[]> {
  const { outDir, base, site } = options;
  const template = readTemplate(outDir);
  const url = (path: string) => `${site ? site.replace(/\/$/, '') : ''}${base.replace(/\/$/, '')}${path}`;
  const alternates = (pathInLanguage: (slug: string) => string, legacy: string) => [
    ...languages.map(
      (language) => `<link rel="alternate" hreflang="${language}" href="${escapeHtml(url(pathInLanguage(languageSlug(language))))}" />`,
    ),
    // An old link without a language opens in the visitor's language: the right page for anyone else.
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(url(legacy))}" />`,
  ];
  const written: { file: string; bytes: number }[] = [];
  const save = (file: string, html: string) => {
    write(outDir, file, html);
    written.push({ file, bytes: Buffer.byteLength(html) });
  };
  const files = Object.fromEntries(languages.map((language) => [language, localeFiles(language)])) as Record<Language, Record<string, unknown>>;
  for (const language of languages) entry.primeLanguage(language, files[language]);

  for (const { language, path } of pagePaths()) {
    const page = await entry.renderPage(path);
    if (page.kind !== 'page' || page.status !== 200) throw new Error(`${path} did not render as a page (${page.kind}, ${page.status})`);
    const rest = path.slice(path.indexOf('/', 1));
    const title = /<title>([\s\S]*?)<\/title>/.exec(page.html)?.[1] ?? 'Unblock';
    const description = /<p class="lead">([\s\S]*?)<\/p>/.exec(page.html)?.[1] ?? '';
    const links = [`<link rel="canonical" href="${escapeHtml(url(path))}" />`, ...alternates((slug) => `/${slug}${rest}`, rest)];
    const body = [
      `<div id="root" data-page="${escapeHtml(path)}">${page.html.replace(/<title>[\s\S]*?<\/title>/, '')}</div>`,
      `<noscript><p class="noscript">${escapeHtml(uiString(files[language], 'shell.noScript'))}</p></noscript>`,
      `<script type="application/json" id="route-data">${scriptJson(page.hydrationData)}</script>`,
      bootScript(files, [language]),
    ].join('\n');
    // React already escaped the title and lead as HTML text; they go into the head as they are.
    save(fileOf(path), documentHtml(options, template, { language, title: unescape(title), description: unescape(description), links }, body, true));
  }

  // Old links: no page of their own, only where to go. Without JavaScript, links to each language.
  const legacyPaths = ['/', ...codes.map((code) => `/${code}`), ...codes.flatMap((code) => [...flowStepIds(code), 'checklist'].map((page) => `/${code}/${page}`))];
  for (const legacy of legacyPaths) {
    const target = legacy === '/' ? '/' : legacy;
    const choices = languages
      .map((language) => `<li><a href="${escapeHtml(url(`/${languageSlug(language)}${target}`))}" lang="${language}">${escapeHtml(languageNames[language])}</a></li>`)
      .join('');
    const body = `<noscript><ul>${choices}</ul></noscript>`;
    const links = [`<meta name="robots" content="noindex" />`, ...alternates((slug) => `/${slug}${target}`, legacy)];
    save(legacy === '/' ? 'index.html' : `${legacy.slice(1)}.html`, documentHtml(options, template, { language: 'en', title: 'Unblock', description: '', links }, body, false));
  }

  // `/{lng}/{code}` is the code's first step: a plain redirect, which needs no script.
  for (const language of languages) {
    for (const code of codes) {
      const target = url(`/${languageSlug(language)}/${code}/about`);
      const links = [`<meta http-equiv="refresh" content="0; url=${escapeHtml(target)}" />`, `<link rel="canonical" href="${escapeHtml(target)}" />`];
      const body = `<p><a href="${escapeHtml(target)}">${escapeHtml(target)}</a></p>`;
      save(`${languageSlug(language)}/${code}.html`, documentHtml(options, template, { language, title: 'Unblock', description: '', links }, body, false));
    }
  }

  // Any other path: the not-found page, rendered anew by the app in the visitor's language.
  const missing = await entry.renderPage('/en/404');
  if (missing.kind !== 'page') throw new Error('The not-found page did not render');
  const missingTitle = /<title>([\s\S]*?)<\/title>/.exec(missing.html)?.[1] ?? 'Unblock';
  save(
    '404.html',
    documentHtml(
      options,
      template,
      { language: 'en', title: unescape(missingTitle), description: '', links: ['<meta name="robots" content="noindex" />'] },
      `<div id="root" data-page="">${missing.html.replace(/<title>[\s\S]*?<\/title>/, '')}</div>\n${bootScript(files, languages)}`,
      true,
    ),
  );

  write(outDir, 'sitemap.xml', sitemap(url));
  write(outDir, '_headers', headersFile(base));
  return written;
}

/** The boot strings (loading, retry) of these languages, for the app to read before any of its text arrives. */
function bootScript(files: Record<Language, Record<string, unknown>>, chosen: readonly Language[]): string {
  const strings = Object.fromEntries(chosen.map((language) => [language, files[language].boot]));
  return `<script type="application/json" id="boot-text">${scriptJson(strings)}</script>`;
}

// The title and lead come out of React escaped; the head writer escapes them again, so they are unescaped first.
function unescape(html: string): string {
  return html.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
}

/** Every page, with its other languages (the sitemaps protocol's hreflang form). */
function sitemap(url: (path: string) => string): string {
  const entries = pagePaths().map(({ path }) => {
    const rest = path.slice(path.indexOf('/', 1));
    const alternates = languages.map(
      (language) => `    <xhtml:link rel="alternate" hreflang="${language}" href="${escapeHtml(url(`/${languageSlug(language)}${rest}`))}"/>`,
    );
    return ['  <url>', `    <loc>${escapeHtml(url(path))}</loc>`, ...alternates, '  </url>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...entries,
    '</urlset>',
    '',
  ].join('\n');
}
