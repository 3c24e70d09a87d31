// Steps on the web pages as an officer, approver or manager takes them.
import type { Page } from 'playwright-core';

export const casePath = (reference: string): string => `/cases/${encodeURIComponent(reference)}`;

/** Fills an action form on the case page and submits it; waits for the page that answers. */
export async function act(
  page: Page,
  action: string,
  fields: Record<string, string | boolean> = {},
): Promise<void> {
  const form = page.locator(`#form-${action}`);
  for (const [name, value] of Object.entries(fields)) {
    const input = form.locator(`[name="${name}"]`);
    if (typeof value === 'boolean') {
      if (value) await input.check();
    } else if ((await input.evaluate((e) => e.tagName)) === 'SELECT') await input.selectOption(value);
    else await input.fill(value);
  }
  await Promise.all([page.waitForLoadState('load'), form.locator('button[type=submit]').click()]);
  await page.waitForLoadState('load');
}

export const phaseOf = (page: Page): Promise<string> => page.locator('[data-testid=phase]').innerText();
export const errorSummary = (page: Page): Promise<string> => page.locator('.govuk-error-summary').innerText();
