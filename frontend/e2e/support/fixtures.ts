import { expect, test as base, type BrowserContext } from '@playwright/test';

/**
 * Every Content-Security-Policy violation of a context's pages, as Chromium reports it on the console and as the
 * page's `securitypolicyviolation` event tells it (which also names the directive and what was blocked).
 */
export async function collectCspViolations(context: BrowserContext): Promise<string[]> {
  const violations: string[] = [];
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`),
    );
  });
  context.on('console', (message) => {
    if (/Content Security Policy|CSP violation/.test(message.text()))
      violations.push(`${message.page()?.url() ?? '?'}: ${message.text()}`);
  });
  return violations;
}

/** The browser tests' `test`: a page that breaks the app's CSP fails the test it ran in. */
export const test = base.extend<{ cspGuard: void }>({
  cspGuard: [
    async ({ context }, use) => {
      const violations = await collectCspViolations(context);
      await use();
      expect(violations, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
