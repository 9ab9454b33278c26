import { useEffect } from 'react';

/** A string as a CSS string literal: quotes, backslashes and line breaks escaped. */
export const cssString = (value: string): string =>
  `"${value.replace(/[\\"]/g, (character) => `\\${character}`).replace(/[\r\n\f]+/g, ' ')}"`;

/**
 * Prints `text` at the top of every page (a `@page` margin box) while the component is mounted. The text is the
 * case's own, so it is set through a constructed style sheet: the CSP allows no inline style, and this needs none.
 */
export function useRunningHeader(text: string): void {
  useEffect(() => {
    if (typeof CSSStyleSheet === 'undefined' || !('adoptedStyleSheets' in document)) return undefined;
    const sheet = new CSSStyleSheet();
    // Margin boxes inherit neither the page's font nor its custom properties: give them the body's resolved stack
    // (it differs per language, so Chinese is not set in Japanese glyphs).
    const font = getComputedStyle(document.body).fontFamily || 'sans-serif';
    sheet.replaceSync(`@media print { @page { @top-left { content: ${cssString(text)}; font-family: ${font}; font-size: 8pt; color: #555; } } }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    };
  }, [text]);
}
