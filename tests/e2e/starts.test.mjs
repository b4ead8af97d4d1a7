// The page starts: scripts/test runs this spec on its own before the others, so that a build
// that cannot start in the browser stops the run at once, with what the page said, instead of
// failing every spec after its time-out.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openPage, useSite } from './support.mjs';

const site = useSite();

test('the page starts: the frame and the first explainer render, and the console has no error or warning', async () => {
  const { context, page, errors } = await openPage(site);
  assert.equal(await page.locator('html').getAttribute('data-frame'), 'ready');
  assert.deepEqual(errors, []);
  const warnings = (await page.consoleMessages()).filter((message) => message.type() === 'warning');
  assert.deepEqual(warnings.map((message) => message.text()), []);
  await context.close();
});
