import * as v from 'valibot';
import { normalizeTimestamp } from '../../lib/timestamp';

/** A time every browser reads the same way, stored in its canonical form (see lib/timestamp). */
export const isoTime = v.pipe(
  v.string(),
  v.check((value) => normalizeTimestamp(value) !== undefined, 'Invalid timestamp'),
  v.transform((value) => normalizeTimestamp(value) ?? value),
);
