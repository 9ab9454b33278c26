// Shared by the sending reader's tests: the fixture files and a compact way to write the stats they must give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const traceFixture = (name: string): string => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');

export { stats, tallies } from '../../__tests__/stats-fixtures';
