// Puts a case straight into the browser's storage, as an import, another tab or tampering can leave it.
import type { Page } from '@playwright/test';

/** A stored 5.7.750 case (version 3) with the given fields. */
export const storedCase = (fields: Record<string, unknown>) => ({
  version: 3,
  code: '5.7.750',
  createdAt: '2025-01-31T08:55:00.000Z',
  updatedAt: '2025-01-31T16:12:00.000Z',
  details: { tenant: '' },
  actions: {},
  notes: {},
  ...fields,
});

/** Stores `stored` under its code's key, then opens `path`. */
export async function openWithStoredCase(page: Page, stored: ReturnType<typeof storedCase>, path: string) {
  await page.goto('/');
  const entry = { key: `unblock:case:${stored.code}`, value: JSON.stringify(stored) };
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), entry);
  await page.goto(path);
}
