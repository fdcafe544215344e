import { expect, type Page } from '@playwright/test';

/** Demo accounts seeded by the backend; one password for all (see docs/api-contract.md). */
export const DEMO_PASSWORD = 'Maillage-demo-2026';
export const USERS = {
  admin: 'admin@maillage.test',
  coordinator: 'coordination@maillage.test',
  copilColibris: 'copil.colibris@maillage.test',
  copilPolesNoe: 'copil.polesnoe@maillage.test',
  comms: 'communication@maillage.test',
  wgLead: 'referente.technique@maillage.test',
  contractor: 'prestataire@maillage.test',
  volunteer: 'benevole@maillage.test',
  treasurer: 'tresorerie@maillage.test',
} as const;

/**
 * Signs in through the login form and waits for the back office. Selectors do not depend on the language: each
 * account's saved locale decides it after sign-in.
 */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId('login-submit').click();
  await expect(page.getByTestId('current-user')).toBeVisible();
}

/** Headers for a mutating API call through `page.request`, which already carries the session cookie. */
export async function csrfHeaders(page: Page): Promise<Record<string, string>> {
  const csrf = (await page.context().cookies()).find((cookie) => cookie.name === 'maillage_csrf');
  if (!csrf) throw new Error('No maillage_csrf cookie: sign in first');
  return { 'x-csrf-token': csrf.value };
}
