import { ConfigError, loadConfig } from './app-config';

describe('configuration', () => {
  it('has working defaults', () => {
    const c = loadConfig({});
    expect(c.PORT).toBe(3001);
    expect(c.DATABASE_URL).toBeUndefined();
    expect(c.SEED_DEMO).toBe(true);
    expect(c.cookieSecure).toBe(false);
  });

  it('reads and converts values', () => {
    const c = loadConfig({
      PORT: '8080',
      SEED_DEMO: 'false',
      APP_URL: 'https://maillage.example.org',
      DATABASE_URL: 'postgres://u:p@db:5432/m',
    });
    expect(c).toMatchObject({ PORT: 8080, SEED_DEMO: false, DATABASE_URL: 'postgres://u:p@db:5432/m' });
    expect(c.cookieSecure).toBe(true);
  });

  it('puts backups under DATA_DIR unless told, and wants a metrics token long enough to resist guessing', () => {
    expect(loadConfig({ DATA_DIR: '/srv/maillage' }).backupDir).toBe('/srv/maillage/backups');
    expect(loadConfig({ BACKUP_DIR: '/mnt/backups', BACKUP_DAILY: 'true', BACKUP_KEEP: '30' })).toMatchObject({
      backupDir: '/mnt/backups',
      BACKUP_DAILY: true,
      BACKUP_KEEP: 30,
    });
    expect(() => loadConfig({ BACKUP_KEEP: '0' })).toThrow(/BACKUP_KEEP/);
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(/METRICS_TOKEN/);
  });

  it('keeps uncertain messages at most once unless told, and reads the outbox retries', () => {
    expect(loadConfig({})).toMatchObject({
      NEWSLETTER_UNCERTAIN: 'at-most-once',
      OUTBOX_MAX_ATTEMPTS: 8,
      OUTBOX_RETRY_SECONDS: 30,
    });
    expect(
      loadConfig({ NEWSLETTER_UNCERTAIN: 'at-least-once', OUTBOX_MAX_ATTEMPTS: '3', OUTBOX_RETRY_SECONDS: '1' }),
    ).toMatchObject({ NEWSLETTER_UNCERTAIN: 'at-least-once', OUTBOX_MAX_ATTEMPTS: 3, OUTBOX_RETRY_SECONDS: 1 });
    expect(() => loadConfig({ NEWSLETTER_UNCERTAIN: 'exactly-once' })).toThrow(/NEWSLETTER_UNCERTAIN/);
    expect(() => loadConfig({ OUTBOX_MAX_ATTEMPTS: '0' })).toThrow(/OUTBOX_MAX_ATTEMPTS/);
  });

  it('refuses a bad value and names the variable', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x' })).toThrow(
      /PORT="abc": .*integer.*\n.*DATABASE_URL="mysql:\/\/x"/,
    );
    expect(() => loadConfig({ SMTP_URL: 'localhost:25' })).toThrow(/SMTP_URL/);
  });
});
