import './bounce-details.css';
import '../../styles/details-list.css';
import { useTranslation } from 'react-i18next';
import type { Code } from '../../config/flow';
import { NdrDetailsList } from '../start/ndr-details-list';
import { useCase } from '../progress/use-case';

/** What the start page read from the pasted bounce, shown where the admin lands. */
export function BounceDetails({ code }: { code: Code }) {
  const { t } = useTranslation();
  const { ndr } = useCase(code);
  if (!ndr) return null;
  return (
    <section className="card bounce-details" aria-labelledby="bounce-details-heading">
      <h2 id="bounce-details-heading" className="card__title">
        {t('ndr.heading')}
      </h2>
      <NdrDetailsList details={ndr} />
    </section>
  );
}
