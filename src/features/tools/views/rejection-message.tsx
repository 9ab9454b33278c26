import type { ReadOutcome } from '../model';
import { MAX_PASTE_CHARACTERS } from '../reading/read-tool-input';
import { formatSize } from './format-size';
import { useToolsText } from './use-tools-text';

type WrongTool = 'inbound-connectors' | 'accepted-domains' | 'sending' | 'message-trace';

/** Input that belongs in another tool, for the `unrecognised` details the readers give. */
const wrongToolOf = (outcome: ReadOutcome): WrongTool | undefined => {
  if (outcome.kind !== 'rejected') return outcome.kind;
  if (outcome.reason !== 'unrecognised') return undefined;
  const detail = outcome.detail;
  return detail === 'inbound-connectors' || detail === 'accepted-domains' || detail === 'message-trace' ? detail : undefined;
};

/** Why an input was not used, in the admin's language; earlier results are untouched. */
export function RejectionMessage({ outcome }: { outcome: ReadOutcome }) {
  const { t, i18n } = useToolsText();
  const wrongTool = wrongToolOf(outcome);
  let message: string;
  if (wrongTool) message = t(`rejected.wrongTool.${wrongTool}`);
  else if (outcome.kind !== 'rejected') return null;
  else if (outcome.reason === 'too-large') {
    const limit = Number(outcome.detail);
    message = t('rejected.too-large', { limit: formatSize(Number.isFinite(limit) ? limit : MAX_PASTE_CHARACTERS, i18n.language) });
  } else message = t(`rejected.${outcome.reason}`, { detail: outcome.detail ?? '' });
  return (
    <div className="notice notice--error">
      <p>{message}</p>
      <p>{t('rejected.keptEarlier')}</p>
    </div>
  );
}
