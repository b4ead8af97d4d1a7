// Screenshots of the built page for review: light and dark, desktop and phone width.
// Serves dist/ from a sub-path like the end-to-end tests and writes PNGs to target/screenshots/.
//
//   node scripts/screenshots.mjs [query]      e.g. node scripts/screenshots.mjs '?theme=dark#doomsday'
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';

const query = process.argv[2] ?? '';
const { server, url } = await startServer({ dir: 'dist', base: '/review/' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
mkdirSync('target/screenshots', { recursive: true });
for (const colorScheme of ['light', 'dark']) {
  for (const [name, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 360, height: 740 }]]) {
    const page = await browser.newPage({ colorScheme, viewport });
    await page.goto(url + query);
    await page.keyboard.press('Shift');
    await page.locator('#doomsday').scrollIntoViewIfNeeded();
    await page.locator('#doomsday-root[data-state="ready"] .doomsday-explainer').waitFor();
    const path = `target/screenshots/${colorScheme}-${name}.png`;
    await page.screenshot({ path, fullPage: true });
    console.log(path);
    await page.close();
  }
}
await browser.close();
server.close();
