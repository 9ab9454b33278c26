import { describe, expect, it } from 'vitest';
import { firstOutputLines, isCommandLine, isConsoleNoise, outputLines, stripAnsi } from '../powershell-noise';

describe('isConsoleNoise and isCommandLine', () => {
  it('knows prompts, stream messages, continuations and transcript banners', () => {
    for (const line of [
      'PS C:\\> Get-AcceptedDomain',
      'PS C:\\Users\\admin> ',
      'PS /home/admin> Get-InboundConnector | fl',
      'WARNING: Resulting JSON is truncated as serialization has exceeded the set depth of 2.',
      'VERBOSE: Returning precomputed version info: 3.6.0',
      '警告: 一部のプロパティは表示されません。',
      '>> | Format-List',
      '**********************',
    ]) {
      expect(isConsoleNoise(line), line).toBe(true);
    }
    for (const line of ['Name : contoso.com', 'contoso.com', '----', 'PSComputerName : outlook.office365.com']) {
      expect(isConsoleNoise(line), line).toBe(false);
    }
  });

  it('knows command lines pasted without their prompt', () => {
    expect(isCommandLine('Get-AcceptedDomain | ConvertTo-Json')).toBe(true);
    expect(isCommandLine('get-inboundconnector')).toBe(true);
    expect(isCommandLine('$FormatEnumerationLimit = -1')).toBe(true);
    expect(isCommandLine('Get-Relay.contoso.com')).toBe(false);
    expect(isCommandLine('Name : Get-Relay')).toBe(false);
  });
});

describe('outputLines', () => {
  it('drops noise and leading command lines, keeps blank lines and data rows that look like commands', () => {
    const text = [
      'Get-InboundConnector | Format-Table',
      '',
      'Name          Enabled',
      '----          -------',
      'Get-Relay     True',
      'WARNING: more',
      'PS C:\\> ',
    ].join('\r\n');
    expect(outputLines(text)).toEqual(['', 'Name          Enabled', '----          -------', 'Get-Relay     True']);
  });

  it('drops the header and footer of a transcript', () => {
    const text = [
      '**********************',
      'Windows PowerShell transcript start',
      'Start time: 20261118021409',
      'Username: CONTOSO\\admin',
      '**********************',
      'Transcript started, output file is C:\\Users\\admin\\t.txt',
      'PS C:\\> Get-AcceptedDomain | fl DomainName',
      '',
      'DomainName : contoso.com',
      '',
      '**********************',
      'Windows PowerShell transcript end',
      'End time: 20261118021512',
      '**********************',
    ].join('\n');
    expect(outputLines(text)).toEqual(['', 'DomainName : contoso.com', '']);
  });

  it('strips colour codes', () => {
    expect(stripAnsi('\u001b[32;1mName\u001b[0m : x')).toBe('Name : x');
    expect(outputLines('\u001b[32;1mDomainName\u001b[0m : contoso.com')).toEqual(['DomainName : contoso.com']);
  });
});

describe('firstOutputLines', () => {
  it('gives the first lines of output, skipping blanks and noise', () => {
    expect(firstOutputLines('PS C:\\> Get-AcceptedDomain\n\n\nName   DomainName\n----   ----------\nx      y\n', 2)).toEqual(['Name   DomainName', '----   ----------']);
    expect(firstOutputLines('', 2)).toEqual([]);
  });
});
