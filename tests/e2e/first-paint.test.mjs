// First paint: the page reads before (and without) its WebAssembly, nothing moves when the
// page's bundle arrives, and every link lands where it points.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EXPLAINERS, addressQuery, firstMove, frames, useSite, waitForRendered } from './support.mjs';

const site = useSite();

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 360, height: 740 };

/** Sums the page's layout shifts (the browser's own `layout-shift` entries, as CLS counts them). */
const RECORD_SHIFTS = () => {
  // The root's attributes as the page's own inline script set them, before any bundle ran.
  document.addEventListener('DOMContentLoaded', () => {
    window.__early = { ...document.documentElement.dataset };
  });
  window.__shifts = [];
  window.__shiftSources = [];
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) {
        window.__shifts.push(entry.value);
        // What moved, for a failure's message: each source's element and its rectangles.
        for (const source of entry.sources ?? []) {
          const node = source.node;
          const name = node ? `${node.nodeName}${node.id ? `#${node.id}` : ''}${node.className && typeof node.className === 'string' ? `.${node.className.split(' ').join('.')}` : ''}` : '(gone)';
          const rect = (r) => `${Math.round(r.x)},${Math.round(r.y)} ${Math.round(r.width)}×${Math.round(r.height)}`;
          window.__shiftSources.push(`${name} ${rect(source.previousRect)} → ${rect(source.currentRect)} at ${Math.round(entry.startTime)} ms`);
        }
      }
    }
  }).observe({ type: 'layout-shift', buffered: true });
};

/**
 * The section `id`'s distance from where a link to it should leave it: its scroll margin below the
 * viewport's top, or as near as the page can scroll (an embedded explainer at the page's top).
 */
const OFFSET = (id) => {
  const section = document.getElementById(id);
  const margin = parseFloat(getComputedStyle(section).scrollMarginTop) || 0;
  const offset = section.getBoundingClientRect().top - margin;
  const maxScroll = document.documentElement.scrollHeight - innerHeight;
  if ((offset < 0 && scrollY <= 0) || (offset > 0 && scrollY >= maxScroll - 1)) return 0;
  return offset;
};

/**
 * Opens `query` at `viewport`, recording layout shifts from the first paint; `holdFrames` holds
 * the page's animation frames (HOLD).
 */
async function open(query, viewport, options = {}, { holdFrames = false } = {}) {
  const context = await site.browser.newContext({ colorScheme: 'light', viewport, ...options });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.addInitScript(RECORD_SHIFTS);
  if (holdFrames) await page.addInitScript(HOLD, 'requestAnimationFrame');
  await page.addInitScript(`window.__offset = ${OFFSET}`);
  await page.goto(site.baseUrl + query);
  return { context, page, errors };
}

function offsetFromLanding(page, id) {
  return page.evaluate(OFFSET, id);
}

/**
 * Waits (up to 5 s: smooth scrolling takes about 1.5 s across the page) for the section `id` to
 * reach where a link leaves it, then says how far it is from there.
 */
async function landing(page, id) {
  await page
    .waitForFunction((id) => Math.abs(window.__offset(id)) <= 2, id, { timeout: 5_000 })
    .catch(() => {});
  // Still there a moment later: the page did not move on.
  await page.waitForTimeout(300);
  return offsetFromLanding(page, id);
}

/**
 * Where the tour's target lies against what covers the screen: its top, the navigation bar's
 * foot and the tour card's top, in viewport pixels, with the page's scroll position.
 */
const TOUR_TARGET_PLACE = () => {
  const top = (selector, edge) => document.querySelector(selector)?.getBoundingClientRect()[edge];
  return {
    target: top('[data-tour-target]', 'top'),
    barFoot: top('.site-nav', 'bottom'),
    cardTop: top('[data-testid="tour-card"]', 'top'),
    scrolled: scrollY,
  };
};

/** Whether a place read by TOUR_TARGET_PLACE shows the target's top between the bar and the card. */
const SHOWN = (p) => p.target !== undefined && p.target >= p.barFoot - 1 && p.target < p.cardTop;

/**
 * Holds the callbacks the page gives `window[name]` (requestAnimationFrame, setTimeout) until
 * `window.__release[name]()`, which passes them on. Loading `/` draws the blocks it left for
 * later in an animation frame, then in timers (index.html's loader): held, they stay skipped
 * until the test lets them go, an event rather than a race.
 */
const HOLD = (name) => {
  const real = window[name].bind(window);
  const held = [];
  window[name] = (callback, ...rest) => held.push([callback, rest]);
  window.__release = { ...window.__release, [name]: () => {
    window[name] = real;
    held.splice(0).forEach(([callback, rest]) => real(callback, ...rest));
  } };
};

/** Whether the first screen's rule (assets/style.css, "The first screen first") still applies. */
const FIRST_SCREEN = () => document.documentElement.hasAttribute('data-first-screen');

/** The blocks the first screen's rule leaves for later: its selector, without the root's switch. */
const LEFT_FOR_LATER = () => {
  const rule = [...document.styleSheets]
    .flatMap((sheet) => [...sheet.cssRules])
    .find((r) => (r.selectorText ?? '').startsWith(':root[data-first-screen]'));
  return rule.selectorText.replace(/^:root\[data-first-screen\]\s*/, '').replace(/:not\(\[data-drawn\]\)$/, '');
};

/** Every element's box in the page's coordinates, laid out (a skipped block's content is laid out to answer). */
const BOXES = () => [...document.querySelectorAll('body *')].map((element) => {
  const r = element.getBoundingClientRect();
  return `${element.tagName}${element.id ? `#${element.id}` : ''} ${r.left + scrollX},${r.top + scrollY} ${r.width}×${r.height}`;
});

/** The part of each element the screen shows, skipping the content of blocks not drawn. */
const ON_SCREEN = () => [...document.querySelectorAll('body *')].flatMap((element) => {
  if (!element.checkVisibility({ contentVisibilityAuto: true })) return [];
  const r = element.getBoundingClientRect();
  const top = Math.max(r.top, 0);
  const bottom = Math.min(r.bottom, innerHeight);
  return bottom > top || (r.height === 0 && r.top >= 0 && r.top < innerHeight)
    ? [`${element.tagName}${element.id ? `#${element.id}` : ''} ${r.left},${top}–${bottom} ${r.width}`]
    : [];
});

test('with JavaScript off the page shows its text, the paper’s numbers and every default view', async () => {
  const { context, page } = await open('', DESKTOP, { javaScriptEnabled: false });
  assert.equal(await page.locator('h1:visible').textContent(), 'What the evidence should make you believe');
  const intro = await page.getByTestId('align-intro-result').textContent();
  assert.match(intro, /on 45% of the questions written from articles/);
  assert.match(intro, /on 9%\./);
  assert.match(await page.locator('#align-base-chart').textContent(), /45%/);
  assert.match(await page.getByTestId('align-persona-prediction').textContent(), /probability/);
  assert.equal(await page.getByTestId('lab-train').count(), 1, 'the lab’s default view');
  assert.match(await page.getByTestId('doom-sentence').textContent(), /Stars/);
  assert.equal(await page.locator('.island:empty').count(), 0, 'no root left empty');
  await context.close();
});

const LINKS = [
  '',
  '#doomsday',
  '#lab',
  '?presenter=1#doomsday',
  '?align.synaligned=0.001&doom.rank=1e11&lab.seed=8',
];

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  for (const query of LINKS) {
    test(`nothing moves at load: ${query || '/'} on a ${name}`, async () => {
      const { context, page, errors } = await open(query, viewport);
      await waitForRendered(page, 'alignment');
      const fragment = query.split('#')[1];
      const word = Object.keys(EXPLAINERS).find((w) => EXPLAINERS[w].section === fragment);
      if (word) await waitForRendered(page, word);
      await page.waitForTimeout(500);
      const [shifts, moved] = await page.evaluate(() => [window.__shifts, window.__shiftSources]);
      const total = shifts.reduce((sum, value) => sum + value, 0);
      assert.ok(total <= 0.02, `layout shift ${total.toFixed(4)} (${shifts.length} shifts): ${moved.join('; ')}`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test('no explainer is painted half-built while it starts, even on a processor twenty times slower', async () => {
  // Yew yields to the browser when a render takes over 16 ms: slowed down, the islands' renders
  // do, and a frame can be painted between them. Each frame's section heights are recorded,
  // from the parsed first view on.
  const context = await site.browser.newContext({ colorScheme: 'light', viewport: DESKTOP });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  await page.addInitScript((sections) => {
    window.__frames = [];
    document.addEventListener('DOMContentLoaded', () => {
      const record = () => {
        window.__frames.push(sections.map((id) => document.getElementById(id).getBoundingClientRect().height));
        requestAnimationFrame(record);
      };
      requestAnimationFrame(record);
    });
  }, Object.values(EXPLAINERS).map((e) => e.section));
  // The doomsday explainer starts at once; the alignment explainer as the scroll to it passes
  // (the lab's section too, unless the scroll jumps it between two frames).
  await page.goto(`${site.baseUrl}#doomsday`);
  await waitForRendered(page, 'doomsday', 'alignment');
  const frames = await page.evaluate(() => window.__frames);
  const final = await page.evaluate((sections) => sections.map((id) => document.getElementById(id).getBoundingClientRect().height),
    Object.values(EXPLAINERS).map((e) => e.section));
  assert.ok(frames.length > 1, `${frames.length} frames recorded`);
  Object.values(EXPLAINERS).forEach(({ section }, i) => {
    const lowest = Math.min(...frames.map((heights) => heights[i]));
    assert.ok(lowest >= 0.9 * final[i], `#${section} was painted ${lowest.toFixed(0)} px high while starting; it is ${final[i].toFixed(0)} px`);
  });
  await context.close();
});

test('nothing moves at load for a reader whose system prefers dark colours', async () => {
  const { context, page, errors } = await open('', DESKTOP, { colorScheme: 'dark' });
  await waitForRendered(page, 'alignment');
  await page.waitForTimeout(500);
  const total = (await page.evaluate(() => window.__shifts)).reduce((sum, value) => sum + value, 0);
  assert.ok(total <= 0.02, `layout shift ${total.toFixed(4)}`);
  assert.deepEqual(errors, []);
  await context.close();
});

const LANDINGS = [
  ['#doomsday', DESKTOP, 'doomsday'],
  ['#lab', DESKTOP, 'lab'],
  ['#alignment-pretraining', DESKTOP, 'alignment-pretraining'],
  ['?presenter=1#doomsday', { width: 1366, height: 768 }, 'doomsday'],
  ['?presenter=1#lab', { width: 1366, height: 768 }, 'lab'],
  ['?embed=doomsday#doomsday', DESKTOP, 'doomsday'],
  ['#doomsday', PHONE, 'doomsday'],
  ['#lab', PHONE, 'lab'],
];

for (const [query, viewport, id] of LANDINGS) {
  test(`a link lands on its section and loads its explainer: ${query} at ${viewport.width} px`, async () => {
    const { context, page } = await open(query, viewport);
    const word = Object.keys(EXPLAINERS).find((w) => EXPLAINERS[w].section === id);
    await waitForRendered(page, word);
    const offset = await landing(page, id);
    assert.ok(Math.abs(offset) <= 2, `${id} is ${offset.toFixed(0)} px from where the link leaves it`);
    await context.close();
  });
}

test('the navigation’s links land on their sections at the first click, made before the page has drawn its lower blocks', async () => {
  const { context, page } = await open('', DESKTOP, {}, { holdFrames: true });
  assert.equal(await page.evaluate(FIRST_SCREEN), true, 'loading / leaves the lower blocks for later');
  const nav = page.getByRole('navigation', { name: 'Sections' });
  // The pointer's arrival, the reader's first move, draws them, before the click scrolls.
  await nav.getByRole('link', { name: 'The doomsday update' }).click();
  assert.equal(await page.evaluate(FIRST_SCREEN), false, 'the first move drew every block');
  await page.evaluate(() => window.__release.requestAnimationFrame());
  await waitForRendered(page, 'doomsday');
  assert.ok(Math.abs(await landing(page, 'doomsday')) <= 2);
  await nav.getByRole('link', { name: 'Alignment pretraining' }).click();
  assert.ok(Math.abs(await landing(page, 'alignment-pretraining')) <= 2);
  await context.close();
});

for (const step of [2, 5]) {
  test(`a tour link shows its step's target on screen: ?walk=doomsday&step=${step}`, async () => {
    const { context, page } = await open(`?walk=doomsday&step=${step}`, DESKTOP);
    await waitForRendered(page, 'doomsday');
    // The pointer scrolls smoothly across the page (about 1.5 s, longer while the islands it
    // passes start): wait for the end the spec asserts, read in the page at each frame, rather than
    // for the scroll position to look still, which a long task under load fakes.
    await page
      .waitForFunction(`(${SHOWN})((${TOUR_TARGET_PLACE})())`, null, { polling: 'raf', timeout: 15_000 })
      .catch(() => {});
    // Still there a moment later: the page did not move on.
    await page.waitForTimeout(300);
    const place = await page.evaluate(TOUR_TARGET_PLACE);
    assert.ok(place.target !== undefined, 'the target is marked');
    assert.ok(SHOWN(place),
      `the target's top ${place.target.toFixed(0)} is not on screen between the bar's foot ${place.barFoot.toFixed(0)} and the card's top ${place.cardTop.toFixed(0)} (scrolled ${place.scrolled})`);
    await context.close();
  });
}

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`loading / lays out the first screen first, then the rest a block at a time, and ends laid out whole, on a ${name}`, async () => {
    const { context, page, errors } = await open('', viewport, {}, { holdFrames: true });
    assert.equal(await page.evaluate(FIRST_SCREEN), true);
    const skipped = await page.evaluate(() => !document.querySelector('#doomsday-root p').checkVisibility({ contentVisibilityAuto: true }));
    assert.ok(skipped, 'a block far below the first screen is neither laid out nor painted');
    const first = await page.evaluate(ON_SCREEN);
    await page.evaluate(() => window.__release.requestAnimationFrame());
    await page.waitForFunction(`!(${FIRST_SCREEN})()`, null, { polling: 50 });
    assert.equal(await page.locator('[data-drawn]').count(), 0, 'no mark is left behind');
    assert.deepEqual(await page.evaluate(ON_SCREEN), first, 'nothing on the first screen moved');
    const drawn = await page.evaluate(BOXES);
    // A reload restores the reader's place, so it lays the page out whole at once.
    await page.reload();
    assert.equal(await page.evaluate(FIRST_SCREEN), false);
    assert.deepEqual(await page.evaluate(BOXES), drawn, 'drawn a block at a time, the page is laid out as whole');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

for (const [name, viewport] of [['desktop', DESKTOP], ['wide screen', { width: 1920, height: 1080 }]]) {
  test(`the blocks on the first screen are drawn before its first paint, so that drawing the rest changes no pixel of it, on a ${name}`, async () => {
    const context = await site.browser.newContext({ colorScheme: 'light', viewport });
    const page = await context.newPage();
    // The later blocks are drawn in tasks the loader sets with setTimeout: held, only the first
    // frame's drawing has happened when the screen is taken.
    await page.addInitScript(HOLD, 'setTimeout');
    await page.goto(site.baseUrl);
    await frames(page, 2);
    assert.equal(await page.evaluate(FIRST_SCREEN), true, 'the blocks below are still skipped');
    assert.ok(await page.locator('[data-drawn]').count() > 0, 'a block on the first screen was drawn');
    const early = await page.screenshot();
    await page.evaluate(() => window.__release.setTimeout());
    await page.waitForFunction(`!(${FIRST_SCREEN})()`, null, { polling: 50 });
    await frames(page, 2);
    assert.ok(early.equals(await page.screenshot()), 'the first screen changed as the rest was drawn');
    await context.close();
  });
}

test('each block the first view leaves for later lays out the same contained as not, so that nothing on the first screen moves when it is drawn', async () => {
  for (const viewport of [DESKTOP, PHONE]) {
    // A reload lays the page out whole (and stays at the page's top).
    const { context, page } = await open('', viewport);
    await page.reload();
    assert.equal(await page.evaluate(FIRST_SCREEN), false);
    const selector = await page.evaluate(LEFT_FOR_LATER);
    assert.ok(await page.locator(selector).count() > 100, `${selector} names the page's blocks`);
    const whole = await page.evaluate(BOXES);
    // content-visibility: auto contains a block's layout, style and paint even when drawn.
    await page.addStyleTag({ content: `${selector} { contain: layout style paint; }` });
    const contained = await page.evaluate(BOXES);
    const moved = whole.flatMap((box, i) => (box === contained[i] ? [] : [`${box} → ${contained[i]}`]));
    assert.deepEqual(moved, [], `${moved.length} boxes move at ${viewport.width} px`);
    await context.close();
  }
});

test('the display settings set before the first paint agree with the frame’s', async () => {
  for (const query of ['?presenter=1&embed=doomsday&theme=dark', '?presenter=0&embed=lab&theme=neon', '?theme=dark&theme=light']) {
    const { context, page } = await open(query, DESKTOP);
    await waitForRendered(page);
    // Once the address is written (the root marks the wait for it), its dataset holds the
    // display settings alone.
    await addressQuery(page);
    // The first screen's switch is no display setting: it goes once the page is drawn whole.
    const { firstScreen, ...early } = await page.evaluate(() => window.__early);
    assert.equal(early.frame, undefined, 'recorded before the frame ran');
    const late = await page.evaluate(() => {
      const { frame, ...rest } = document.documentElement.dataset;
      return rest;
    });
    assert.deepEqual(early, late, query);
    await context.close();
  }
});

test('the theme switch says the theme the page is drawn in, before the frame runs and once it has', async () => {
  for (const [colorScheme, query, dark] of [['dark', '', true], ['dark', '?theme=light', false], ['light', '?theme=dark', true], ['light', '', false]]) {
    const { context, page } = await open(query, DESKTOP, { colorScheme });
    const state = () => page.getByTestId('theme-toggle')
      .evaluate((button) => [button.getAttribute('aria-pressed'), button.querySelector('.theme-toggle-icon').textContent]);
    const expected = dark ? ['true', '\u263E'] : ['false', '\u2600'];
    assert.equal(await page.evaluate(() => document.documentElement.dataset.frame), undefined, 'the frame has not run');
    assert.deepEqual(await state(), expected, `${colorScheme} system${query}: the first view's switch`);
    await waitForRendered(page);
    assert.deepEqual(await state(), expected, `${colorScheme} system${query}: the frame's switch`);
    await context.close();
  }
});

for (const [name, viewport] of [['desktop', DESKTOP], ['phone', PHONE]]) {
  test(`the first screen, before any bundle has run, is the screen 3 s later, on a ${name}`, async () => {
    const context = await site.browser.newContext({ colorScheme: 'light', viewport });
    // Every script and WebAssembly file is held until the first screen has been taken, so that
    // no bundle can have run: an event, not a race against a timer.
    let release;
    const held = new Promise((resolve) => { release = resolve; });
    await context.route(/\.(js|wasm)(\?.*)?$/, async (route) => { await held; await route.continue(); });
    const page = await context.newPage();
    await page.goto(site.baseUrl, { waitUntil: 'commit' });
    const started = Date.now();
    // The document parsed (module scripts run only after this, and they are held), then painted.
    await page.waitForFunction(() => document.readyState !== 'loading');
    await frames(page, 2);
    const early = await page.screenshot();
    assert.equal(await page.evaluate(() => document.documentElement.dataset.frame), undefined);
    release();
    await waitForRendered(page, 'alignment');
    await page.waitForTimeout(Math.max(0, 3_000 - (Date.now() - started)));
    const late = await page.screenshot();
    assert.ok(early.equals(late), 'the first screen changed once the bundles ran');
    await context.close();
  });
}

test('a permalink’s first view is marked busy until its explainer has applied the link’s settings', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', viewport: DESKTOP });
  // The page's bundle is held until the first view has been seen: an event, not a race.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\/app-[0-9a-f]+_bg\.wasm$/, async (route) => { await held; await route.continue(); });
  const page = await context.newPage();
  // The address names doomsday keys: the loader asks for the bundle at once.
  const requested = page.waitForRequest(/\/app-[0-9a-f]+_bg\.wasm$/);
  await page.goto(`${site.baseUrl}?doom.rank=6e10&doom.n=2e11,2e14&doom.prior=0.05,0.95#doomsday`);
  await requested;
  const root = page.locator('#doomsday-root');
  assert.equal(await root.getAttribute('aria-busy'), 'true');
  assert.equal(await root.evaluate((el) => getComputedStyle(el, '::before').content), '"Applying this link’s settings…"');
  assert.equal(await root.evaluate((el) => getComputedStyle(el.firstElementChild).opacity), '0.4');
  // The address names no alignment setting: its first view is the link's, and not busy.
  assert.equal(await page.locator('#alignment-root').getAttribute('aria-busy'), null);
  release();
  await waitForRendered(page, 'doomsday');
  assert.equal(await root.getAttribute('aria-busy'), null);
  const stars = Number(await page.getByTestId('doom-posterior-0').getAttribute('data-value'));
  assert.ok(Math.abs(stars - 1000 / 1019) < 1e-12, `the link's posterior, ${stars}`);
  await context.close();
});

test('with JavaScript off the page says that a link’s settings need it', async () => {
  const { context, page } = await open('?doom.rank=6e10#doomsday', DESKTOP, { javaScriptEnabled: false });
  assert.match(await page.locator('noscript').textContent(), /default views, not the settings a link names/);
  assert.match(await page.locator('body').innerText(), /not the settings a link names/);
  await context.close();
});

test('when the page’s bundle cannot load, each explainer keeps its default view, one alert says so, and Try again loads it', async () => {
  const context = await site.browser.newContext({ colorScheme: 'light', viewport: DESKTOP });
  const bundle = /\/app-[0-9a-f]+_bg\.wasm(\?.*)?$/;
  await context.route(bundle, (route) => route.abort());
  const page = await context.newPage();
  await page.goto(`${site.baseUrl}#doomsday`);
  await firstMove(page);
  await page.locator('#doomsday-root[data-state="error"]').waitFor({ state: 'attached' });
  const notice = page.locator('#doomsday .island-failure');
  assert.match(await notice.textContent(), /could not be loaded: what follows is its default view, which does not respond/);
  // A notice before each explainer, and one alert for them all (said once, not three times).
  assert.equal(await page.locator('.island-failure').count(), 3);
  assert.equal(await page.locator('.island-failure[role="alert"]').count(), 1);
  assert.match(await page.getByTestId('doom-sentence').textContent(), /Stars/);
  // The network comes back: "Try again" loads it, and the notices go.
  await context.unroute(bundle);
  await notice.getByRole('button', { name: 'Try again' }).click();
  await waitForRendered(page, 'doomsday');
  await page.locator('.island-failure').first().waitFor({ state: 'detached' });
  assert.equal(await page.locator('.island-failure').count(), 0);
  await context.close();
});
