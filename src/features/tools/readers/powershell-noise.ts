// What a console paste carries around PowerShell's own output: the prompt and the command typed at it, warning and
// verbose streams, transcript banners and colour codes. Readers drop these lines before they look at the output.

/** `PS C:\>`, `PS C:\Users\admin>`, `PS /home/admin>` (PowerShell 7 on Linux and macOS). */
const PROMPT = /^\s*PS [^>]{0,260}>/;
/** Stream prefixes; Windows PowerShell localises them on localised Windows (ja-JP: 警告:). */
const STREAM = /^\s*(?:WARNING|VERBOSE|DEBUG|INFO|WARNUNG|AVERTISSEMENT|ADVERTENCIA|AVVISO|警告|경고)\s*[:：]/i;
/** `>>` begins each continuation line of a command typed over several lines. */
const CONTINUATION = /^\s*>>(?:\s|$)/;
/** Start-Transcript writes its header and footer between lines of asterisks. */
const BANNER = /^\s*\*{10,}\s*$/;
const TRANSCRIPT = /^\s*Transcript (?:started|stopped), output file is /;
const COMMAND =
  /^\s*(?:Get|Set|New|Remove|Connect|Disconnect|Import|Export|Select|Format|Where|Sort|ConvertTo|Out|ForEach|Invoke|Start|Stop)-[A-Za-z]+(?:\s|$)/i;
const VARIABLE = /^\s*\$[\w:]+\s*=/;
// ECMA-48 colour and cursor sequences: PowerShell 7.2+ colours table headers and list labels ($PSStyle).
// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[[0-9;?]*[A-Za-z]/g;

export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** A prompt, a stream message or a transcript banner: never part of an object's output. */
export function isConsoleNoise(line: string): boolean {
  return PROMPT.test(line) || STREAM.test(line) || CONTINUATION.test(line) || BANNER.test(line);
}

/** A command line pasted without its prompt (`Get-AcceptedDomain | Format-List`, `$FormatEnumerationLimit = -1`). */
export function isCommandLine(line: string): boolean {
  return COMMAND.test(line) || VARIABLE.test(line);
}

export function stripAnsi(text: string): string {
  return text.includes('\u001b') ? text.replace(ANSI, '') : text;
}

/**
 * The output lines of a paste, blank lines kept (they separate Format-List records). A command line counts as noise
 * only at the start or after a blank or noise line: inside a table a row such as `Get-Relay  {smtp:*;1}` is data.
 */
export function outputLines(text: string): string[] {
  const lines: string[] = [];
  let afterGap = true;
  // Start-Transcript's header, footer and invocation headers stand between two banner lines.
  let inBanner = false;
  for (const line of splitLines(stripAnsi(text))) {
    if (BANNER.test(line)) inBanner = !inBanner;
    if (inBanner || isConsoleNoise(line) || TRANSCRIPT.test(line) || (afterGap && isCommandLine(line))) {
      afterGap = true;
      continue;
    }
    afterGap = line.trim() === '';
    lines.push(line);
  }
  return lines;
}

/** The first lines of output that are neither blank nor noise: what the format is sniffed from. */
export function firstOutputLines(text: string, count: number): string[] {
  // A bounded head: sniffing a 5 MB paste must not split all of it.
  const head = text.length > 65_536 ? text.slice(0, 65_536) : text;
  return outputLines(head)
    .filter((line) => line.trim() !== '')
    .slice(0, count);
}
