// Light and dark themes: the system default, the toggle, memory across visits, accessibility.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { accessibilityViolations, openEverything, openPage, useSite, addressQuery } from './support.mjs';

const site = useSite();

const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK_BACKGROUND = 'rgb(20, 22, 26)';
const LIGHT_BACKGROUND = 'rgb(253, 253, 251)';

test('the theme follows the system colour scheme by default', async () => {
  const light = await openPage(site, { colorScheme: 'light' });
  assert.equal(await background(light.page), LIGHT_BACKGROUND);
  assert.equal(await light.page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'false');
  await light.context.close();

  const dark = await openPage(site, { colorScheme: 'dark' });
  assert.equal(await background(dark.page), DARK_BACKGROUND);
  assert.equal(await dark.page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
  assert.equal(await addressQuery(dark.page, { decoded: false }), '', 'following the system adds nothing to the URL');
  await dark.context.close();
});

test('the toggle switches the theme, writes it into the URL and remembers it', async () => {
  const { context, page } = await openPage(site, { colorScheme: 'light' });
  const toggle = page.getByTestId('theme-toggle');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  assert.equal(await page.evaluate(() => document.documentElement.dataset.theme), 'dark');
  assert.equal(await background(page), DARK_BACKGROUND);
  assert.equal(await addressQuery(page, { decoded: false }), '?theme=dark');

  // A later visit to the bare address, in the same browser, opens dark.
  const again = await openPage(site, { context });
  assert.equal(await background(again.page), DARK_BACKGROUND);
  assert.equal(await again.page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');

  await again.page.getByTestId('theme-toggle').click();
  assert.equal(await background(again.page), LIGHT_BACKGROUND);
  assert.equal(await addressQuery(again.page, { decoded: false }), '?theme=light');
  await context.close();
});

test('the toggle works from the keyboard', async () => {
  const { context, page } = await openPage(site, { colorScheme: 'light' });
  await page.getByTestId('theme-toggle').focus();
  await page.keyboard.press('Enter');
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'true');
  await page.keyboard.press('Space');
  assert.equal(await page.getByTestId('theme-toggle').getAttribute('aria-pressed'), 'false');
  await context.close();
});

for (const theme of ['light', 'dark']) {
  test(`axe-core finds no violations of any impact in the ${theme} theme`, async () => {
    const { context, page } = await openEverything(site, { query: `?theme=${theme}`, colorScheme: theme });
    assert.deepEqual(await accessibilityViolations(page), []);
    await context.close();
  });
}
