import { QueryClient } from '@tanstack/react-query';

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // Locale files are content-hashed and never change under a URL, so cached data never goes stale.
      staleTime: Number.POSITIVE_INFINITY,
      gcTime: Number.POSITIVE_INFINITY,
      retry: 2,
      retryDelay: (attempt) => Math.min(500 * 2 ** attempt, 4000),
    },
  },
});
