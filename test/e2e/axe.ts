/**
 * The accessibility gate's one way of asking axe-core: WCAG 2.1 A and AA rules only, violations only (the
 * passing elements' details are what makes axe slow on a large page), each named by rule, element and axe's own
 * account of it (for colour contrast: both colours and the ratio).
 *
 * Legacy mode runs axe.run in the page itself: the app has no frames to reach, and the default mode finishes
 * every run in a new blank page, which cost more than the check itself on the suite's two cores.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** What breaks WCAG 2.1 A or AA on the page, or only within the elements `within` selects (an open dialog). */
export async function wcagViolations(page: Page, within?: string): Promise<string[]> {
  // The options first: given after the tags, they would replace them, and axe would run every rule it has.
  const axe = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'] }).withTags(WCAG_21_AA);
  const results = await (within ? axe.include(within) : axe).analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')}: ${node.any.map((check) => check.message).join(' ')}`),
  );
}
