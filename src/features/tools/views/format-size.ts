/** Bytes as the reader's language writes megabytes or kilobytes. */
export function formatSize(bytes: number, language: string): string {
  const megabytes = bytes >= 1024 * 1024;
  const format = new Intl.NumberFormat(language, {
    style: 'unit',
    unit: megabytes ? 'megabyte' : 'kilobyte',
    maximumFractionDigits: 1,
  });
  return format.format(megabytes ? bytes / (1024 * 1024) : Math.max(0.1, bytes / 1024));
}
