import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const page = await browser.newPage({ locale: process.env.LOC ?? 'en-US', timezoneId: process.env.TZID ?? 'UTC' });
page.on('console', (m) => console.log('console', m.type(), m.text().slice(0, +(process.env.LEN ?? 400))));
page.on('pageerror', (e) => console.log('pageerror', e.message.slice(0, 400)));
for (const url of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4700' + url);
  await page.waitForFunction(() => !document.documentElement.hasAttribute('data-booting'), null, { timeout: 10000 }).catch(() => console.log('still booting'));
  await page.waitForTimeout(500);
  console.log(url, '→', page.url(), '|', await page.title(), '|', (await page.locator('h1').first().textContent()));
  if (process.env.SHOT) await page.screenshot({ path: `/tmp/shot-${url.replace(/\W+/g, '_')}.png`, fullPage: false });
}
await browser.close();
