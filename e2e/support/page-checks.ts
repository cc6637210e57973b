import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

/** The phone width every page must fit without sideways scrolling (WCAG 1.4.10 reflow). */
export const PHONE = { width: 390, height: 844 };

/** axe with the WCAG 2.x A/AA rules and best practices: ANY violation, of any impact, fails. */
export async function expectNoA11yViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  const found = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
  expect.soft(found, `${page.url()}\n${found.join('\n')}`).toEqual([]);
}

/**
 * WCAG 1.4.11 (non-text contrast), which axe does not check: every visible text field, select
 * and text area shows a border on all four sides with at least 3:1 against the background
 * around it. Checkboxes and radios are drawn by Bootstrap Italia on their labels: skipped.
 */
export async function expectFieldBorders(page: Page): Promise<number> {
  const { checked, failures } = await page.evaluate(() => {
    type Rgba = { rgb: number[]; a: number };
    const parse = (value: string): Rgba | null => {
      const m = value.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const parts = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { rgb: parts.slice(0, 3), a: parts.length > 3 ? parts[3] : 1 };
    };
    const over = (top: Rgba, below: number[]) => below.map((v, i) => top.rgb[i] * top.a + v * (1 - top.a));
    /** The colour behind an element: its ancestors' backgrounds composited on white. */
    const backdrop = (element: Element | null): number[] => {
      const layers: Rgba[] = [];
      for (let e = element; e; e = e.parentElement) {
        const colour = parse(getComputedStyle(e).backgroundColor);
        if (colour && colour.a > 0) {
          layers.push(colour);
          if (colour.a >= 1) break;
        }
      }
      return layers.reverse().reduce((below, layer) => over(layer, below), [255, 255, 255]);
    };
    const luminance = (rgb: number[]) => {
      const [r, g, b] = rgb.map((v) => {
        const c = v / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const ratio = (a: number[], b: number[]) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    const skipped = new Set(['checkbox', 'radio', 'hidden', 'range', 'submit', 'button', 'reset', 'image', 'color', 'file']);
    const failures: string[] = [];
    let checked = 0;
    for (const field of Array.from(document.querySelectorAll<HTMLElement>('input, select, textarea'))) {
      if (field instanceof HTMLInputElement && skipped.has(field.type)) continue;
      const style = getComputedStyle(field);
      const box = field.getBoundingClientRect();
      if (style.display === 'none' || style.visibility === 'hidden' || box.width < 2 || box.height < 2) continue;
      checked++;
      const name = field.id ? `#${field.id}` : `${field.tagName.toLowerCase()}[name=${field.getAttribute('name')}]`;
      const around = backdrop(field.parentElement);
      for (const side of ['Top', 'Right', 'Bottom', 'Left'] as const) {
        const width = parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`));
        const line = style.getPropertyValue(`border-${side.toLowerCase()}-style`);
        const colour = parse(style.getPropertyValue(`border-${side.toLowerCase()}-color`));
        if (!colour || width < 1 || line === 'none' || line === 'hidden' || colour.a === 0) {
          failures.push(`${name}: no ${side.toLowerCase()} border`);
          continue;
        }
        const contrast = ratio(over(colour, around), around);
        if (contrast < 3) failures.push(`${name}: ${side.toLowerCase()} border ${contrast.toFixed(2)}:1`);
      }
    }
    return { checked, failures };
  });
  expect.soft(failures, `${page.url()}\n${failures.join('\n')}`).toEqual([]);
  return checked;
}

/** At 390 px the page scrolls only vertically; names the widest elements when it does not. */
export async function expectFitsPhone(page: Page): Promise<void> {
  const size = page.viewportSize();
  await page.setViewportSize(PHONE);
  try {
    const { scrollWidth, culprits } = await page.evaluate(
      () =>
        new Promise<{ scrollWidth: number; culprits: string[] }>((resolve) =>
          requestAnimationFrame(() => {
            const scrollWidth = document.scrollingElement?.scrollWidth ?? 0;
            const wide = (e: Element) => e.getBoundingClientRect().right > window.innerWidth + 1;
            // Inside a box that scrolls or clips sideways, unless positioned outside it: an
            // absolute element escapes every such box that does not hold its containing block.
            const clipped = (e: HTMLElement) => {
              const absolute = ['absolute', 'fixed'].includes(getComputedStyle(e).position);
              for (let a = e.parentElement; a && a !== document.body; a = a.parentElement) {
                if (!['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(a).overflowX)) continue;
                if (!absolute) return true;
                const anchor = e.offsetParent;
                if (anchor && (a === anchor || a.contains(anchor))) return true;
              }
              return false;
            };
            // The innermost elements that stick out of the page (not inside a scrolling box).
            const out = (e: Element) => wide(e) && !clipped(e as HTMLElement);
            const culprits = Array.from(document.querySelectorAll<HTMLElement>('body *'))
              .filter((e) => out(e) && !Array.from(e.children).some(out))
              .slice(0, 5)
              .map((e) => `${e.tagName.toLowerCase()}.${Array.from(e.classList).join('.')} (${Math.round(e.getBoundingClientRect().right)} px)`);
            resolve({ scrollWidth, culprits });
          }),
        ),
    );
    expect.soft(scrollWidth, `${page.url()} is ${scrollWidth} px wide at ${PHONE.width} px: ${culprits.join(', ')}`).toBeLessThanOrEqual(PHONE.width);
  } finally {
    if (size) await page.setViewportSize(size);
  }
}

/** Screenshots taken so far per test: they are numbered in the order of the journey. */
const shots = new Map<string, number>();

/**
 * Everything each page of a journey must pass: loaded, a screenshot kept in the test output
 * (`<n>-<name>.png`, in dist/e2e/test-results/<test>/), axe with zero violations, field
 * borders at 3:1, no sideways scrolling at 390 px.
 */
export async function checkPage(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  // Loaded: a heading, no loading state left, fonts in (network idleness is not waited for:
  // a request held open by a loaded machine would stall every page).
  await expect(page.locator('h1').first()).toBeVisible();
  await expect(page.locator('ponte-loading-state')).toHaveCount(0);
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  const n = (shots.get(testInfo.testId) ?? 0) + 1;
  shots.set(testInfo.testId, n);
  await page.screenshot({ path: testInfo.outputPath(`${String(n).padStart(2, '0')}-${name}.png`), fullPage: true });
  await expectNoA11yViolations(page);
  await expectFieldBorders(page);
  await expectFitsPhone(page);
}
