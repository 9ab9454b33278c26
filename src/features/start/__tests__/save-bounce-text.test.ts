// Classic Outlook saves a bounce as .msg, a binary OLE file Unblock refuses: its advice must be to paste the text.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { languages } from '../../../lib/languages';

const root = join(import.meta.dirname, '../../../..');

interface StartText {
  problems: { msg: { title: string; body: string } };
  saveGuide: { clients: Record<'outlookNew' | 'outlookClassic' | 'appleMail' | 'gmail', { name: string; steps: string }> };
}

const start = (language: string) =>
  (JSON.parse(readFileSync(join(root, 'locales', language, 'ui.json'), 'utf8')) as { start: StartText }).start;

describe.each(languages)('getting the bounce out of a mail app, in %s', (language) => {
  const { problems, saveGuide } = start(language);

  it('answers a .msg file with how to copy and paste its text, not with saving an .eml', () => {
    expect(problems.msg.body).toContain('Ctrl+A');
    expect(problems.msg.body).toContain('Ctrl+C');
    expect(problems.msg.body).not.toContain('.eml');
  });

  it('tells classic Outlook users to paste, and that its saved files are .msg', () => {
    const { steps } = saveGuide.clients.outlookClassic;
    expect(steps).toContain('Ctrl+A');
    expect(steps).toContain('.msg');
    expect(steps).not.toContain('.eml');
  });

  it('gives an .eml file for the clients that save one', () => {
    for (const client of ['outlookNew', 'appleMail', 'gmail'] as const) expect(saveGuide.clients[client].steps, client).toContain('.eml');
  });
});
