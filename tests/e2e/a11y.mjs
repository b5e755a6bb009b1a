// What every screen of the kiosk and the dashboard must satisfy at every size (issue 18),
// measured in the page: no sideways page scroll, no two interactive hit areas overlapping,
// every control at least `min` px and named, no English on a screen in another language, and
// zero serious or critical violations from axe-core (npm, injected into the page).
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

// Runs in the page. `lang`: the screen's language (`null`: no language check); `min`: the
// least width and height of a control (48 on the kiosk, 44 on the dashboard); `heightOnly`:
// only the height counts (the dashboard's links and buttons hold words of any length);
// `controls`: the interactive elements (a CSS selector); `sized`: those held to `min` (all of
// them unless given: a link inside a sentence is exempt, as in WCAG 2.5.8).
export function measure({ lang, min, heightOnly = false, controls, sized = controls }) {
  // Shown and reachable: not inert, laid out, not hidden (a closed <details> keeps its content
  // laid out but skipped: checkVisibility says so).
  const visible = (el) => !el.closest('[inert]') && el.getClientRects().length > 0
    && el.checkVisibility({ visibilityProperty: true, contentVisibilityAuto: true });
  const interactive = [...document.querySelectorAll(controls)].filter(visible);
  // The accessible name as a screen reader reads it, for the checks below: aria-labelledby,
  // aria-label, a label element, the text, a title.
  const name = (el) => {
    const by = el.getAttribute('aria-labelledby');
    if (by) return by.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
    return (el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.title
      || (el.tagName === 'INPUT' && ['submit', 'button'].includes(el.type) ? el.value : '') || '').trim();
  };
  const boxes = interactive.map((el) => ({ el, r: el.getBoundingClientRect(), name: name(el) }));
  const overlaps = [];
  for (let i = 0; i < boxes.length; i += 1) {
    for (let j = i + 1; j < boxes.length; j += 1) {
      const a = boxes[i]; const b = boxes[j];
      if (a.el.contains(b.el) || b.el.contains(a.el)) continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 0.5 && h > 0.5) overlaps.push(`${a.name} × ${b.name} (${Math.round(w)}×${Math.round(h)})`);
    }
  }
  // English (Latin letters) in what a screen in `lang` shows or names: text outside subtrees
  // marked with another language (e.g. the staff corner in the device language, a code).
  const latin = [];
  // The kiosk's root element carries the screen's language.
  const root = lang && document.querySelector(`.app[lang="${lang}"]`);
  if (root) {
    const other = `[inert], [lang]:not([lang="${lang}"]), style, script, svg`;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.parentElement.closest(other) || !visible(n.parentElement)) continue;
      if (/[A-Za-z]/.test(n.textContent)) latin.push(n.textContent.trim());
    }
    for (const b of boxes) {
      if (b.el.closest(`[lang]:not([lang="${lang}"])`)) continue;
      if (/[A-Za-z]/.test(b.name)) latin.push(`name: ${b.name}`);
    }
  }
  return {
    page: document.documentElement.scrollWidth,
    view: window.innerWidth,
    overlaps,
    small: boxes.filter((b) => b.el.matches(sized)).filter((b) => b.r.height < min || (!heightOnly && b.r.width < min))
      .map((b) => `${b.el.tagName} ${b.name} ${Math.round(b.r.width)}×${Math.round(b.r.height)}`),
    unnamed: boxes.filter((b) => !b.name).map((b) => b.el.outerHTML.slice(0, 80)),
    latin,
    languageFound: !lang || Boolean(root),
  };
}

// axe-core's serious and critical violations on the page as it is now, one line each.
export async function axeViolations(page) {
  if (!(await page.evaluate(() => typeof window.axe === 'object'))) {
    // Evaluated through the debugging protocol, not a <script>: the kiosk's and the dashboard's
    // Content-Security-Policy rightly refuse inline scripts.
    await page.evaluate(AXE_SOURCE);
  }
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 3)
        .map((n) => `${n.target.join(' ')} (${n.failureSummary?.split('\n').slice(1, 2).join('').trim()})`).join('; ')}`);
  });
  return violations;
}

// All the checks of one screen; `what` names it in a failure.
export async function assertScreen(page, what, options) {
  await page.evaluate(() => document.fonts.ready);
  const m = await page.evaluate(measure, options);
  assert.ok(m.page <= m.view, `${what}: the page scrolls sideways (${m.page} > ${m.view})`);
  assert.deepEqual(m.overlaps, [], `${what}: overlapping hit areas`);
  assert.deepEqual(m.small, [], `${what}: controls under ${options.min} px`);
  assert.deepEqual(m.unnamed, [], `${what}: controls without a name`);
  assert.ok(m.languageFound, `${what}: the screen is not in ${options.lang}`);
  assert.deepEqual(m.latin, [], `${what}: English on a screen in ${options.lang}`);
  assert.deepEqual(await axeViolations(page), [], `${what}: axe-core serious or critical violations`);
}
