// The cause-finding tools' words: fetched when a tool, its findings or a summary with findings is shown, not on every
// visit (their URLs live here, outside the cold path's locale-queries).
import { queryOptions } from '@tanstack/react-query';
import type { Language } from './languages';
import { fetchLocaleFile } from './locale-queries';

const toolsUrls = import.meta.glob<string>('/locales/*/tools.json', { query: '?url', import: 'default', eager: true });

export const toolsTextQuery = (language: Language) =>
  queryOptions({
    queryKey: ['locale', language, 'tools'],
    queryFn: () => fetchLocaleFile<Record<string, unknown>>(language, 'tools', toolsUrls),
  });
