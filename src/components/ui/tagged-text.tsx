import { Fragment, type ReactNode } from 'react';

/**
 * Renders our own UI strings that mark a span with a named tag, e.g. "licensed under <license>CC BY 4.0</license>",
 * by handing each tagged part to a React function. Plain text otherwise; never parsed as HTML.
 */
export function TaggedText({ text, tags }: { text: string; tags: Record<string, (content: string) => ReactNode> }) {
  const parts: ReactNode[] = [];
  let last = 0;
  for (const match of text.matchAll(/<(\w+)>(.*?)<\/\1>/g)) {
    const [whole, name = '', content = ''] = match;
    const render = tags[name];
    if (match.index > last) parts.push(text.slice(last, match.index));
    parts.push(render ? render(content) : content);
    last = match.index + whole.length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts.map((part, index) => <Fragment key={index}>{part}</Fragment>);
}
