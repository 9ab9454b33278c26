// Reads the committed document text so tests compare the page against the source sentences.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LocalizedDocument, TextRun } from '../../src/content/document-types';

const root = join(import.meta.dirname, '../..');

export function loadDocument(language: string): LocalizedDocument {
  return JSON.parse(readFileSync(join(root, 'locales', language, 'document.json'), 'utf8')) as LocalizedDocument;
}

export function loadUi(language: string, namespace = 'ui'): Record<string, unknown> {
  return JSON.parse(readFileSync(join(root, 'locales', language, `${namespace}.json`), 'utf8')) as Record<string, unknown>;
}

/** A UI string by dotted path, e.g. uiText('ja', 'start.title'). Interpolates {{name}} from `values`. */
export function uiText(language: string, path: string, values: Record<string, string> = {}, namespace = 'ui'): string {
  let value: unknown = loadUi(language, namespace);
  for (const part of path.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`No ${namespace}:${path} in ${language}`);
  return value.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? `{{${name}}}`);
}

export const plain = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/** Whitespace as the browser renders it: runs of spaces collapse to one. */
export const collapse = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** What a reader sees of an element: without screen-reader-only hints, toggle buttons and hidden originals. */
export async function visibleText(locator: import('@playwright/test').Locator): Promise<string> {
  const text = await locator.evaluate((element) => {
    const clone = element.cloneNode(true) as HTMLElement;
    clone.querySelectorAll('.visually-hidden, button, [hidden]').forEach((node) => node.remove());
    return clone.textContent;
  });
  return collapse(text);
}

/** The support summary's code line up to the code's name: "Error code: 5.7.750", "錯誤碼：5.7.750". */
export const summaryCode = (language: string, code: string): string =>
  uiText(language, 'summary.code', { code, name: '' }).replace(/\s*\(\)$/, '');

/** Before the app starts, remembers English as the language of the support request, as an admin who chose it. */
export async function chooseEnglishSummary(page: import('@playwright/test').Page): Promise<void> {
  // The key of src/features/case-file/use-request-language.ts (REQUEST_LANGUAGE_KEY), spelt out: an init script runs
  // in the page, where the test's imports do not reach.
  await page.addInitScript(() => localStorage.setItem('unblock:request-language', 'en'));
}
