import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ShareButton } from '../../components/ui/share-button';
import { stepOfAction } from '../../config/action-links';
import type { Code, StepId } from '../../config/flow';
import { absoluteUrl, paths } from '../../config/paths';
import { currentLanguage } from '../../lib/i18n';
import { useHydrated } from '../../lib/use-hydrated';
import { useLocalePath } from '../../lib/use-locale-path';

/**
 * Whether the URL's fragment names this action (`…/connectors#list-inbound-connectors`). CSS `:target` marks it on a
 * cold load before the app runs; this keeps the mark after in-app navigation, which `:target` does not follow. The
 * prerender has no fragment, so it answers once hydrated.
 */
export function useTargetedAction(actionId: string): boolean {
  const { hash } = useLocation();
  return useHydrated() && hash === `#${actionId}`;
}

/** The link to one action, to share or copy: the step's URL in the language being read, with the action's id. */
export function ActionShare({ stepPath, actionId, title }: { stepPath: string; actionId: string; title: string }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  return (
    <ShareButton
      url={() => `${absoluteUrl(language, stepPath)}#${actionId}`}
      title={title}
      copyLabel={t('share.copyAction')}
      shareLabel={t('share.shareAction')}
      hiddenSuffix={`: ${title}`}
      className="button button--subtle button--small"
    />
  );
}

/** A link to an action that is on another step of this flow (the flow changed since it was shared) goes to that step. */
export function useActionOnAnotherStep(code: Code, step: StepId): void {
  const { hash } = useLocation();
  const navigate = useNavigate();
  const localized = useLocalePath();
  useEffect(() => {
    const home = hash ? stepOfAction(code, hash.slice(1)) : undefined;
    if (home && home !== step) void navigate(`${localized(paths.step(code, home))}${hash}`, { replace: true });
  }, [code, step, hash, navigate, localized]);
}
