// @vitest-environment node
import { it } from 'vitest';
import { parseNdr } from '../parse-ndr';
const t = (label: string, s: string) => { const a = performance.now(); const o = parseNdr(s); console.log(label, (performance.now()-a).toFixed(0)+'ms', JSON.stringify(o).slice(0,400)); };
const M = 5 * 1024 * 1024 - 100;
it('probe', () => {
  t('long-run-5M', "550 5.7.750 x\n" + 'A'.repeat(M));
  t('at-run', "550 5.7.750 x\n" + 'a@'.repeat(M/2));
  t('dots', "5.".repeat(M/2));
  t('codes-1line', "550 5.7.750 ".repeat(M/12));
  t('codes-lines', "550 5.1.1 x\n".repeat(M/12));
  t('lt', "<!--<a".repeat(M/6));
  t('html', "<html><body>" + "<p>x</p>".repeat(M/8));
  t('headers', "Content-Type: text/plain\n".repeat(M/25));
  t('headers-blank', "Content-Type: text/html\n\n".repeat(M/25));
  t('softbreaks', "=\n".repeat(M/2));
  t('qp-runs', "=E3=81".repeat(M/6) + "=\n");
  t('encoded', "Subject: " + "=?utf-8?B?QUFB?= ".repeat(M/20));
  t('dashes', "--x\n".repeat(M/4));
  t('addresses', "megan@fabrikam.com\n550 5.7.750 x\n".repeat(M/32));
  t('ct-before-mime', `From: a@b.com\nSubject: x\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\nMIME-Version: 1.0\n\n${Buffer.from("Remote Server returned '550 5.7.750 Service unavailable'").toString('base64')}\n`);
  t('log', '2026-11-22 250 2.6.0 Queued\n2026-11-22 550 5.1.1 not found\n');
  t('ver', 'Version 5.7.750 of the product');
  t('de', "Remoteserver hat '550 5.7.750 Service unavailable' zurückgegeben.\nGenerierender Server: AM0PR01MB1234.eurprd01.prod.outlook.com");
  t('postfix', "Nov 22 08:31:17 mx1 postfix/smtp[2211]: 4F2A: to=<megan.bowen@fabrikam.com>, relay=contoso-com.mail.protection.outlook.com[104.47.1.33]:25, delay=0.5, dsn=5.7.750, status=bounced (host contoso-com.mail.protection.outlook.com[104.47.1.33] said: 550 5.7.750 Service unavailable. Client blocked from sending from unregistered domains (in reply to MAIL FROM command))");
});
