// The wider 5.7.7xx family. Unblock covers 705 and 750; the others get one line and Microsoft's NDR reference.
export const relatedCodes = ['5.7.703', '5.7.708', '5.7.711'] as const;

/** i18next uses dots as key separators, so codes are keyed as 5_7_750. */
export const codeKey = (code: string): string => code.replace(/\./g, '_');

export const STATUS_CODE_PATTERN = /^[245]\.\d{1,3}\.\d{1,3}$/;
