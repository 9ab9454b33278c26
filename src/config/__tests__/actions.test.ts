import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/actions.json';
import ja from '../../../locales/ja/actions.json';
import zhTW from '../../../locales/zh-TW/actions.json';
import { details as about } from '../action-details/about';
import { details as accounts } from '../action-details/accounts';
import { details as connectors } from '../action-details/connectors';
import { details as domains } from '../action-details/domains';
import { details as servers } from '../action-details/servers';
import { details as support } from '../action-details/support';
import { actionDefinitions, actionsById, type ActionDetails } from '../actions';
import { codes, flows, stepActionIds, stepIds, type StepId } from '../flow';

const locales: Record<string, unknown> = { en, ja, 'zh-TW': zhTW };
const languages = Object.keys(locales);

const entryKeys = new Set(['title', 'detail', 'commands', 'links']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function record(value: unknown, where: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${where} is not an object`);
  return value;
}

function sorted(values: Iterable<string>): string[] {
  return [...values].sort();
}

function duplicates(values: readonly string[]): string[] {
  return values.filter((value, index) => values.indexOf(value) !== index);
}

/** Every string of a language's file, with where it is, for the checks that apply to all text. */
function strings(value: unknown, where: string): Array<[string, unknown]> {
  if (!isRecord(value)) return [[where, value]];
  return Object.entries(value).flatMap(([key, child]) => strings(child, `${where}.${key}`));
}

/** The caption object of an entry (commands or links); an action without any may leave it out. */
function captions(entry: Record<string, unknown>, key: 'commands' | 'links', where: string): Record<string, unknown> {
  return entry[key] === undefined ? {} : record(entry[key], `${where}.${key}`);
}

const detailsByStep: Record<StepId, Readonly<Record<string, ActionDetails>>> = { about, accounts, domains, connectors, servers, support };

/** An action's commands and links, as the steps that show it have them (the same on each). */
function detailsOf(id: string): ActionDetails {
  const found = stepIds.map((step) => detailsByStep[step][id]).filter((details) => details !== undefined);
  if (!found[0]) throw new Error(`no commands or links for ${id}`);
  return found[0];
}

describe('action definitions', () => {
  it('gives the actions of each step, and only them, their commands and links', () => {
    for (const step of stepIds) {
      const shown = new Set(codes.flatMap((code) => flows[code].steps.filter((candidate) => candidate.id === step).flatMap((candidate) => candidate.actions.map((action) => action.id))));
      expect(sorted(Object.keys(detailsByStep[step])), step).toEqual(sorted(shown));
    }
  });

  it('has a definition for every action id a step lists, and each code lists each of its actions once', () => {
    const listedIds = new Set<string>();
    for (const code of codes) {
      const listed = stepIds.flatMap((step) => stepActionIds(step, code));
      expect(listed.filter((id) => actionsById[id] === undefined), code).toEqual([]);
      expect(duplicates(listed), code).toEqual([]);
      listed.forEach((id) => listedIds.add(id));
      // Every action meant for the code is on one of its steps.
      const shown = flows[code].steps.flatMap((step) => step.actions.map((action) => action.id));
      expect(sorted(shown), code).toEqual(sorted(actionDefinitions.filter((action) => action.codes.includes(code)).map((action) => action.id)));
    }
    expect(sorted(actionDefinitions.map((action) => action.id))).toEqual(sorted(listedIds));
  });

  it('has unique action ids, and unique command and link ids within each action', () => {
    expect(duplicates(actionDefinitions.map((action) => action.id))).toEqual([]);
    for (const action of actionDefinitions) {
      const { commands, links } = detailsOf(action.id);
      expect(duplicates(commands.map((command) => command.id)), action.id).toEqual([]);
      expect(duplicates(links.map((link) => link.id)), action.id).toEqual([]);
    }
  });

  it('applies each action to known codes only, without repeats', () => {
    for (const action of actionDefinitions) {
      expect(action.codes.length, action.id).toBeGreaterThan(0);
      expect(duplicates(action.codes), action.id).toEqual([]);
      for (const code of action.codes) expect(codes, action.id).toContain(code);
    }
  });

  it('gives every step of every flow at least one action', () => {
    for (const code of codes) {
      for (const step of flows[code].steps) expect(step.actions.length, `${code}/${step.id}`).toBeGreaterThan(0);
    }
  });

  it('links only to https pages on Microsoft Learn', () => {
    for (const action of actionDefinitions) {
      for (const link of detailsOf(action.id).links) {
        const url = new URL(link.href);
        expect(url.protocol, `${action.id}.${link.id}`).toBe('https:');
        expect(url.hostname, `${action.id}.${link.id}`).toBe('learn.microsoft.com');
      }
    }
  });

  it('has non-empty scripts that use current cmdlets and obvious placeholders', () => {
    const scripts = actionDefinitions.flatMap((action) =>
      detailsOf(action.id).commands.map((command) => [`${action.id}.${command.id}`, command.script] as const),
    );
    for (const [where, script] of scripts) {
      expect(script.trim(), where).not.toBe('');
      expect(script, where).toBe(script.trim());
      // Get-MessageTrace is being replaced by Get-MessageTraceV2.
      expect(script, where).not.toMatch(/Get-MessageTrace(?!V2)\b/);
      // Addresses in scripts are documentation placeholders, never real ones.
      for (const address of script.match(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g) ?? []) {
        expect(address, where).toMatch(/@contoso\.com$/);
      }
    }
  });
});

describe.each(languages)('actions text in %s', (language) => {
  const file = record(locales[language], language);

  it('has text for exactly the defined actions', () => {
    expect(sorted(Object.keys(file))).toEqual(sorted(actionDefinitions.map((action) => action.id)));
  });

  it.each(actionDefinitions.map((action) => action.id))('has complete text for %s', (id) => {
    const where = `${language}:${id}`;
    const entry = record(file[id], where);

    expect(Object.keys(entry).filter((key) => !entryKeys.has(key)), where).toEqual([]);
    expect(typeof entry.title, `${where}.title`).toBe('string');
    expect(typeof entry.detail, `${where}.detail`).toBe('string');
    expect(String(entry.title), `${where}.title`).not.toContain('\n');

    expect(sorted(Object.keys(captions(entry, 'commands', where))), `${where}.commands`).toEqual(
      sorted(detailsOf(id).commands.map((command) => command.id)),
    );
    expect(sorted(Object.keys(captions(entry, 'links', where))), `${where}.links`).toEqual(
      sorted(detailsOf(id).links.map((link) => link.id)),
    );
  });

  it('has only non-empty plain-text strings', () => {
    for (const [where, value] of strings(file, language)) {
      expect(typeof value, where).toBe('string');
      const text = String(value);
      expect(text.trim(), where).not.toBe('');
      expect(text, where).toBe(text.trim());
      // No HTML tags or entities, and no Markdown links, emphasis, code or headings.
      expect(text, where).not.toMatch(/<\/?[a-z!]|&[a-z]+;|&#\d+;/i);
      expect(text, where).not.toMatch(/\]\(|\*\*|__|`|^#{1,6}\s/);
    }
  });
});
