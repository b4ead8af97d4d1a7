import { chromium } from 'playwright-core';
import { startServer } from './static-server.mjs';
const { server, url } = await startServer({ dir: 'dist', base: '/x/' });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const shots = [
  ['presenter', '?presenter=1&walk=doomsday&step=1', { width: 1366, height: 768 }, 'light'],
  ['phone', '?doom.mode=discrete#doomsday', { width: 360, height: 740 }, 'light'],
];
for (const [name, q, viewport, colorScheme] of shots) {
  const context = await browser.newContext({ viewport, colorScheme, reducedMotion: 'reduce' });
  const page = await context.newPage();
  await page.goto(url + q);
  await page.locator('#doomsday-root[data-state="ready"] > *').first().waitFor({ state: 'attached' });
  await page.waitForTimeout(2500);
  await page.screenshot({ path: `/tmp/${name}.png` });
  await context.close();
}
await browser.close(); server.close();
