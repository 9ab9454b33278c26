// Microsoft's text under a disclosure that names it. The text is in the prerendered page either way; its code (blocks,
// sentences, originals) loads when the disclosure is opened, or at once where it starts open, so a step that leads
// with its actions does not download the reader of a text nobody has asked for yet.
import { memo, Suspense, use, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocalizedDocument } from '../../content/document-types';
import { lazyPart } from '../../lib/lazy-part';
import { isPrerenderedPage } from '../../lib/prerendered-page';

const DocumentText = lazyPart(() => import('./document-text').then((module) => module.DocumentText));

/** Loads the text's code ahead, for a step whose disclosure starts open. */
export const preloadDocumentText = (): Promise<unknown> => DocumentText.preload();

/** A promise that React's `use` reads without suspending once it is settled, and that settles when told to. */
interface Opening {
  promise: Promise<void>;
  open: () => void;
}

function opening(alreadyOpen: boolean): Opening {
  let settle = () => {};
  const promise = new Promise<void>((resolve) => {
    settle = resolve;
  }) as Promise<void> & { status?: 'fulfilled'; value?: undefined };
  const open = () => {
    promise.status = 'fulfilled';
    settle();
  };
  if (alreadyOpen) open();
  return { promise, open };
}

/**
 * Until the disclosure opens, its content suspends: on a prerendered page React keeps the server's HTML there (readable,
 * searchable, shown by the browser's own <details> if opened early) and hydrates it once the code has come.
 */
function WhenOpened({ opened, children }: { opened: Promise<void>; children: ReactNode }) {
  use(opened);
  return children;
}

/** The document's title as extracted (its level-1 heading), in the page's language. */
function documentTitle(document: LocalizedDocument): string {
  const heading = document.blocks.find((block) => block.type === 'heading' && block.level === 1);
  return (heading?.segments ?? [])
    .map((segment) => (document.segments[segment]?.text ?? []).map((run) => run.text).join(''))
    .join(' ');
}

/**
 * A step's document text under a disclosure that names where it comes from. Memoized: while its text waits to be
 * opened, a render from above would hand the waiting part new children, and React would then drop the server's HTML
 * of it rather than keep it.
 */
export const DocumentDisclosure = memo(function DocumentDisclosure({
  document,
  segments,
  open,
}: {
  document: LocalizedDocument;
  segments: readonly number[];
  open: boolean;
}) {
  const { t } = useTranslation();
  const details = useRef<HTMLDetailsElement>(null);
  // Only a prerendered page being hydrated waits: the server renders the whole text, so the page carries it without
  // JavaScript, and a step the app draws renders it at once (a printed step carries it, folded or not).
  const [opened] = useState(() => opening(open || typeof window === 'undefined' || !isPrerenderedPage()));
  // Opened before the app ran: the browser toggled it with no one listening yet.
  useEffect(() => {
    if (details.current?.open) opened.open();
  }, [opened]);
  return (
    <details
      ref={details}
      className="card document-disclosure"
      open={open}
      onToggle={(event) => {
        if (event.currentTarget.open) opened.open();
      }}
    >
      <summary>
        <span className="document-disclosure__label">{t('document.disclosure')}</span>{' '}
        <span className="document-disclosure__source">{documentTitle(document)}</span>
      </summary>
      <Suspense fallback={null}>
        <WhenOpened opened={opened.promise}>
          <DocumentText document={document} segments={segments} />
        </WhenOpened>
      </Suspense>
    </details>
  );
});
