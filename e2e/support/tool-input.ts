// Giving a cause-finding tool its input, as an admin does: pasted into the box and read, or chosen as a file.
import type { Page } from '@playwright/test';
import { uiText } from './documents';

export const tools = (language: string, path: string, values: Record<string, string> = {}) => uiText(language, path, values, 'tools');

export async function giveInput(page: Page, language: string, label: string, input: { text: string } | { name: string; buffer: Buffer }) {
  const box = page.locator('.tool-input').filter({ has: page.getByLabel(label, { exact: true }) });
  if ('text' in input) {
    await box.getByLabel(label, { exact: true }).fill(input.text);
    await box.getByRole('button', { name: tools(language, 'input.read') }).click();
  } else {
    const chooser = page.waitForEvent('filechooser');
    await box.getByRole('button', { name: tools(language, 'input.chooseFile') }).click();
    await (await chooser).setFiles({ name: input.name, mimeType: 'text/csv', buffer: input.buffer });
  }
}
