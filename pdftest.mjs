import { chromium } from '@playwright/test';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const ctx = await b.newContext();
await ctx.route((url) => url.origin !== 'http://127.0.0.1:4509', (r) => r.abort('blockedbyclient'));
const p = await ctx.newPage();
await p.goto('http://127.0.0.1:4509/');
await p.evaluate(() => localStorage.setItem('unblock:case:5.7.750', JSON.stringify({version:2,code:'5.7.750',createdAt:'2025-01-31T08:55:00.000Z',updatedAt:'2025-01-31T16:12:00.000Z',details:{tenant:'contoso\u202Emoc.live\u202C.onmicrosoft.com\nActions'},actions:{},notes:{}})));
await p.goto('http://127.0.0.1:4509/5.7.750/checklist');
await p.getByText('Error code: 5.7.750').first().waitFor();
await p.emulateMedia({ media: 'print' });
const t = Date.now();
try { await p.pdf({ path: '/tmp/x.pdf', format: 'A4' }); console.log('ok', Date.now() - t); } catch (e) { console.log('fail', e.message, Date.now() - t); }
await b.close();
