import '../../styles/details-list.css';
import { useTranslation } from 'react-i18next';
import { ExternalLink } from '../../components/ui/external-link';
import { codeKey } from '../../config/codes';
import { sources } from '../../config/sources';
import { formatList } from '../../lib/format-list';
import { CoveredCodes } from '../codes/covered-codes';
import { RelatedCodes } from '../codes/related-codes';
import { NdrDetailsList } from './ndr-details-list';
import type { NdrEntryResult } from './ndr-entry-form';

export type EntryProblem =
  | { kind: 'empty' }
  | { kind: 'msg' | 'binary' | 'unsupported'; name: string }
  | { kind: 'too-large'; name: string };

interface Props {
  problem: EntryProblem | undefined;
  result: NdrEntryResult | undefined;
  onChooseCode: (result: NdrEntryResult, code: string) => void;
}

/** The codes a bounce names beyond the first 20 (parseNdr names no more), counted rather than listed. */
function MoreCodes({ count }: { count: number | undefined }) {
  const { t, i18n } = useTranslation();
  if (!count) return null;
  return <p>{t('start.outcomes.moreCodes', { number: new Intl.NumberFormat(i18n.resolvedLanguage).format(count) })}</p>;
}

/** Every outcome but "one covered code" gets its own message here, with what to do next. */
export function NdrOutcomeMessage({ problem, result, onChooseCode }: Props) {
  const { t, i18n } = useTranslation();
  if (problem) {
    const name = 'name' in problem ? problem.name : '';
    return (
      <div className="notice notice--error" role="alert">
        <p className="notice__title">{t(`start.problems.${problem.kind}.title`, { name })}</p>
        <p>{t(`start.problems.${problem.kind}.body`, { name, limit: '5 MB' })}</p>
      </div>
    );
  }
  if (!result) return null;
  const { outcome } = result;
  switch (outcome.kind) {
    case 'covered':
      return null;
    case 'several':
      return (
        <div className="notice">
          <p className="notice__title">{t('start.outcomes.several.title')}</p>
          <p>{t('start.outcomes.several.body')}</p>
          <ul className="choice-list">
            {outcome.codes.map((code: string) => (
              <li key={code}>
                <button type="button" className="button" onClick={() => onChooseCode(result, code)}>
                  <span className="code-badge">{code}</span> {t(`codes.${codeKey(code)}.name` as 'codes.5_7_705.name')}
                </button>
              </li>
            ))}
          </ul>
          <NdrDetailsList details={outcome.details} />
        </div>
      );
    case 'uncovered-family':
      return (
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">{t('start.outcomes.uncovered.title', { codes: formatList(outcome.codes, i18n.language) })}</p>
          <MoreCodes count={outcome.more} />
          <p>{t('start.outcomes.uncovered.body')}</p>
          <RelatedCodes highlight={outcome.codes[0]} />
        </div>
      );
    case 'other':
      return (
        <div className="notice notice--warning" role="alert">
          <p className="notice__title">{t('start.outcomes.other.title', { codes: formatList(outcome.codes, i18n.language) })}</p>
          <MoreCodes count={outcome.more} />
          <p>{t('start.outcomes.other.body')}</p>
          <CoveredCodes />
          <p>
            <ExternalLink href={sources.ndrReference}>{t('relatedCodes.reference')}</ExternalLink>
          </p>
        </div>
      );
    case 'nothing':
    case 'too-large':
    case 'binary':
      return (
        <div className="notice notice--error" role="alert">
          <p className="notice__title">{t(`start.outcomes.${outcome.kind}.title` as const)}</p>
          <p>{t(`start.outcomes.${outcome.kind}.body` as const, { limit: '5 MB' })}</p>
        </div>
      );
  }
}
