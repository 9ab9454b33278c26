import { useTranslation } from 'react-i18next';

export interface ActionText {
  title: string;
  detail: string;
  command: (commandId: string) => string;
  link: (linkId: string) => string;
}

/**
 * An action's words from the "actions" namespace. Action ids come from flow.ts at run time, so these keys cannot be
 * checked by the compiler; the unit test of the locale files checks every id in every language instead.
 */
export function useActionText(actionId: string): ActionText {
  const { t } = useTranslation('actions');
  const lookup = t as unknown as (key: string) => string;
  return {
    title: lookup(`${actionId}.title`),
    detail: lookup(`${actionId}.detail`),
    command: (commandId) => lookup(`${actionId}.commands.${commandId}`),
    link: (linkId) => lookup(`${actionId}.links.${linkId}`),
  };
}
