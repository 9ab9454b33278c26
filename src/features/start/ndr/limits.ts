// Caps that keep parsing linear and details short, whatever is pasted.
/** Detail fields are plain text of at most this many characters (the status line gets a little more). */
export const MAX_FIELD = 200;
export const MAX_DIAGNOSTIC = 400;
export const MAX_RECIPIENTS = 50;
/** The case file keeps at most 20 codes; so does this. */
export const MAX_CODES = 20;
/** Code hits looked at for recipients and status lines; a bounce has a handful, a pathological paste millions. */
export const MAX_HITS_EXAMINED = 200;
/** A text part is decoded up to this many characters of its encoded body: a status code is never deeper. */
export const MAX_PART_ENCODED = 1024 * 1024;
/** Decoded text across all parts. */
export const MAX_DECODED_TOTAL = 4 * 1024 * 1024;
/** message/* parts that are themselves encoded are unpacked this many levels deep. */
export const MAX_DEPTH = 3;
