// `Export-Csv` of Get-AcceptedDomain or Get-InboundConnector (tools-formats.md §1.4): a header of property names,
// after a `#TYPE …` line unless -NoTypeInformation. Columns are read by their header name, never by position.
// Multi-valued properties come as their type name (`System.Object[]`) unless a script joined them first.
import { createCsvParser } from './csv-stream';
import { outputLines } from './powershell-noise';
import { newRecord, type PowerShellRecords } from './powershell-record';

/** Property names that make an unquoted first line a CSV header rather than a list of domains. */
const KNOWN_COLUMNS = /(?:^|,)\s*(?:DomainName|DomainType|Name|Identity|ConnectorType|SenderDomains|SenderIPAddresses|Enabled|Received|SenderAddress|RecipientAddress)\s*(?:,|$)/i;

/** The first output line of an Export-Csv file: `#TYPE`, a quoted header, or an unquoted one of property names. */
export function isExportCsvHeader(line: string): boolean {
  const text = line.trim();
  if (text.startsWith('#TYPE ')) return true;
  if (text.startsWith('"') && /"\s*,\s*"/.test(text)) return true;
  return /^[A-Za-z_][\w ]*(?:,[A-Za-z_][\w ]*)+$/.test(text) && KNOWN_COLUMNS.test(text);
}

export function readExportCsv(text: string): PowerShellRecords {
  const rows: string[][] = [];
  const parser = createCsvParser((fields) => rows.push(fields));
  // A prompt or warning around the file's text is not a row; lines are joined back as the parser reads them.
  parser.push(outputLines(text).join('\n'));
  parser.end();
  const [header = [], ...data] = rows;
  const names = header.map((name) => name.trim());
  const records = data.map((row) => {
    const record = newRecord();
    names.forEach((name, index) => {
      if (name !== '' && !Object.hasOwn(record, name)) record[name] = row[index] ?? '';
    });
    return record;
  });
  return { records, truncated: [] };
}
