import { chromium } from 'playwright-core';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless=new','--no-sandbox','--disable-gpu','--disable-dev-shm-usage'] });
const [src, out, h] = process.argv.slice(2);
const p = await b.newPage({ viewport: { width: 720, height: Number(h) } });
await p.setContent(`<img src="data:image/png;base64,${(await import('node:fs')).readFileSync(src).toString('base64')}" style="display:block">`);
await p.screenshot({ path: out, clip: { x: 0, y: 0, width: 720, height: Number(h) } });
await b.close();
