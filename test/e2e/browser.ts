/**
 * Browser helpers of the e2e tests: the launcher and origin guard shared with
 * bench-app (scripts/bench/browser.ts), and waiting for charts.
 */
import type { Page } from 'playwright-core';

export { CHROMIUM, CHROMIUM_ARGS, guardedContext, launch, type GuardedContext } from '../../scripts/bench/browser';

/** Wait until a chart frame has live data. */
export async function waitChart(page: Page, id: string, timeout = 60_000): Promise<void> {
  await page.locator(`[data-chart="${id}"][data-ready="true"]`).waitFor({ timeout });
}
