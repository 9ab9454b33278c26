// Renders the extracted document: structure from the blocks, sentences as React text (never HTML).
import { Fragment, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentBlock, LocalizedDocument } from '../../content/document-types';
import { Sentence } from './sentence';

interface SentencesProps {
  document: LocalizedDocument;
  segments: readonly number[];
  showOriginals: boolean;
  /** The whole block is one link; sentences are its text. */
  href?: string;
}

function Sentences({ document, segments, showOriginals, href }: SentencesProps) {
  return segments.map((segment, index) => {
    const content = document.segments[segment];
    if (!content) return null;
    return (
      <Fragment key={segment}>
        {index > 0 && ' '}
        <Sentence segment={segment} content={content} showOriginal={showOriginals} href={href} />
      </Fragment>
    );
  });
}

function Block({ block, document, showOriginals }: { block: DocumentBlock; document: LocalizedDocument; showOriginals: boolean }) {
  const { t } = useTranslation();
  const props = { document, segments: block.segments, showOriginals };
  switch (block.type) {
    case 'heading': {
      // The document's title is not shown as a heading (the page has its own h1), so its h2/h3 keep their level.
      const Tag = block.level === 3 ? 'h3' : 'h2';
      return (
        <Tag id={block.anchor} className="doc-heading">
          <Sentences {...props} />
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p>
          <Sentences {...props} />
        </p>
      );
    case 'step':
      return (
        <ol start={block.number} className="doc-step">
          <li>
            <Sentences {...props} />
          </li>
        </ol>
      );
    case 'tip':
      return (
        <aside className="doc-tip" aria-label={t('document.tip')}>
          <p className="doc-tip__label" aria-hidden="true">
            {t('document.tip')}
          </p>
          <p>
            <Sentences {...props} />
          </p>
        </aside>
      );
    case 'ndr':
      // Real bounces are in English: the quoted NDR lines show their English original from the start, so an admin
      // can match them to the bounce in front of them.
      return (
        <figure className="doc-ndr">
          <figcaption>{t('document.ndrCaption')}</figcaption>
          <blockquote>
            <p>
              <Sentences {...props} showOriginals />
            </p>
          </blockquote>
        </figure>
      );
    case 'link':
      return (
        <li>
          <Sentences {...props} href={block.href} />
        </li>
      );
  }
}

/** The blocks of the document that hold any of the given segments, in document order. */
export function blocksFor(document: LocalizedDocument, segments: readonly number[]): DocumentBlock[] {
  return document.blocks
    .map((block) => ({ ...block, segments: block.segments.filter((segment) => segments.includes(segment)) }))
    .filter((block) => block.segments.length > 0);
}

/** Consecutive one-link paragraphs (the "more information" list) become one list. */
function groupLinks(blocks: DocumentBlock[]): (DocumentBlock | DocumentBlock[])[] {
  const groups: (DocumentBlock | DocumentBlock[])[] = [];
  for (const block of blocks) {
    const last = groups.at(-1);
    if (block.type === 'link' && Array.isArray(last)) last.push(block);
    else groups.push(block.type === 'link' ? [block] : block);
  }
  return groups;
}

export function DocumentText({ document, segments }: { document: LocalizedDocument; segments: readonly number[] }) {
  const { t } = useTranslation();
  const [showOriginals, setShowOriginals] = useState(false);
  const toggleId = useId();
  const groups = groupLinks(blocksFor(document, segments));
  return (
    <section className="document" aria-label={t('document.label')}>
      {/* Said only where machine-translated text is shown: the document's own pages, not the start page or case file. */}
      {document.machineTranslated && (
        <p className="mt-notice">
          <span className="mt-notice__icon" aria-hidden="true">
            ⓘ
          </span>
          {t('shell.machineTranslationNotice')}
        </p>
      )}
      {document.machineTranslated && (
        <div className="document__toolbar no-print">
          <input
            id={toggleId}
            type="checkbox"
            checked={showOriginals}
            onChange={(event) => setShowOriginals(event.target.checked)}
          />
          <label htmlFor={toggleId}>{t('document.showAllOriginals')}</label>
        </div>
      )}
      {groups.map((group, index) =>
        Array.isArray(group) ? (
          <ul key={index} className="doc-links">
            {group.map((block, item) => (
              <Block key={item} block={block} document={document} showOriginals={showOriginals} />
            ))}
          </ul>
        ) : (
          <Block key={index} block={group} document={document} showOriginals={showOriginals} />
        ),
      )}
    </section>
  );
}
