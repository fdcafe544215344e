import { ConfigError, loadConfig } from '../../config/app-config';

describe('newsletter settings', () => {
  it('refuse the development secret in production, and a short one anywhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/NEWSLETTER_SECRET.*set a secret of your own/);
    expect(
      loadConfig({ NODE_ENV: 'production', NEWSLETTER_SECRET: 'a-production-secret-of-forty-characters!!' })
        .NEWSLETTER_SECRET,
    ).toHaveLength(41);
    expect(() => loadConfig({ NEWSLETTER_SECRET: 'short' })).toThrow(ConfigError);
  });

  it('take DKIM as all three settings or none', () => {
    expect(() => loadConfig({ DKIM_DOMAIN: 'maillage.example.org' })).toThrow(
      /DKIM_SELECTOR[\s\S]*DKIM_PRIVATE_KEY_FILE/,
    );
    expect(
      loadConfig({
        DKIM_DOMAIN: 'maillage.example.org',
        DKIM_SELECTOR: 'lettre',
        DKIM_PRIVATE_KEY_FILE: '/etc/maillage/dkim.pem',
      }).DKIM_SELECTOR,
    ).toBe('lettre');
  });

  it('leave room in the database pool for the send lanes', () => {
    expect(() => loadConfig({ NEWSLETTER_SMTP_CONNECTIONS: '9', DATABASE_POOL_SIZE: '10' })).toThrow(
      /NEWSLETTER_SMTP_CONNECTIONS/,
    );
    expect(loadConfig({ NEWSLETTER_SMTP_CONNECTIONS: '8', DATABASE_POOL_SIZE: '10' }).NEWSLETTER_SMTP_CONNECTIONS).toBe(
      8,
    );
    expect(loadConfig({ NEWSLETTER_RATE_PER_SECOND: '0' }).NEWSLETTER_RATE_PER_SECOND).toBe(0);
  });
});
