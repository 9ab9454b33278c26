// t() keys are checked against the English resources, so a typo is a compile error.
import 'i18next';
import type actions from '../../locales/en/actions.json';
import type boot from '../../locales/en/boot.json';
import type tools from '../../locales/en/tools.json';
import type ui from '../../locales/en/ui.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    resources: { ui: typeof ui; actions: typeof actions; boot: typeof boot; tools: typeof tools };
    returnNull: false;
  }
}
