import { readFileSync } from 'node:fs';
import type DKIM from 'nodemailer/lib/dkim';
import type { AppConfig } from '../config/app-config';

export const dkimConfigured = (config: AppConfig) =>
  Boolean(config.DKIM_DOMAIN && config.DKIM_SELECTOR && config.DKIM_PRIVATE_KEY_FILE);

/**
 * nodemailer's DKIM options from the one DKIM setting (DKIM_DOMAIN, DKIM_SELECTOR, DKIM_PRIVATE_KEY_FILE), shared by
 * newsletters and transactional mail; undefined when no key is configured. `headerFieldNames`: nodemailer's default
 * list unless given.
 */
export function dkimOptions(config: AppConfig, headerFieldNames?: string): DKIM.Options | undefined {
  if (!dkimConfigured(config)) return undefined;
  return {
    domainName: config.DKIM_DOMAIN!,
    keySelector: config.DKIM_SELECTOR!,
    privateKey: readFileSync(config.DKIM_PRIVATE_KEY_FILE!, 'utf8'),
    ...(headerFieldNames ? { headerFieldNames } : {}),
  };
}
