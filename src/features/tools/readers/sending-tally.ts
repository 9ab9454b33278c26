// Counts per name (sender, IP, connector, recipient domain) with a ceiling on the names kept, so a spam run with a
// million random senders cannot exhaust memory; past the ceiling the distinct count is a lower bound.
import { TALLY_CAP, type Tally as TallyEntry } from '../model';
import { ownCopy } from './sending-own-copy';

export interface Tally {
  add(name: string, messages: number): void;
  /** The TALLY_CAP names with most messages (ties by name). */
  top(): TallyEntry[];
  /** Distinct names kept: exact unless `capped`. */
  distinct(): number;
  readonly capped: boolean;
}

export function createTally(cap: number): Tally {
  const counts = new Map<string, number>();
  let capped = false;
  return {
    add(name, messages) {
      const count = counts.get(name);
      if (count !== undefined) counts.set(name, count + messages);
      else if (counts.size < cap) counts.set(ownCopy(name), messages);
      else capped = true;
    },
    top() {
      return [...counts]
        .sort(([nameA, a], [nameB, b]) => b - a || (nameA < nameB ? -1 : nameA > nameB ? 1 : 0))
        .slice(0, TALLY_CAP)
        .map(([name, messages]) => ({ name, messages }));
    },
    distinct: () => counts.size,
    get capped() {
      return capped;
    },
  };
}
