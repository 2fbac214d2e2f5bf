import type { Page } from '@playwright/test';

/**
 * Everything the page says outside the screen: uncaught errors, and console messages other than the
 * ones a test expects (Chromium logs each failed Graph call itself, and a test that makes Graph fail
 * expects those).
 */
export function watchPage(page: Page, expected: readonly RegExp[] = []) {
  const errors: string[] = [];
  const unexpected: string[] = [];
  const all: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  page.on('console', (message) => {
    const text = `${message.type()}: ${message.text()}`;
    all.push(text);
    if (!expected.some((pattern) => pattern.test(text))) unexpected.push(text);
  });
  return {
    /** Uncaught errors and unexpected console messages, for `expect(...).toEqual([])`. */
    problems: () => [...errors.map((error) => `uncaught: ${error}`), ...unexpected],
    /** Every console line, expected or not, to scan for secrets. */
    console: () => all.join('\n'),
  };
}

/** What Chromium logs for a Graph call that failed or was cut off: expected wherever faults are. */
export const failedCallMessages: readonly RegExp[] = [/^error: Failed to load resource/];
