import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateBy,
  ValidateIf,
  validateSync,
} from 'class-validator';
import path from 'node:path';

const toBool = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value;
const toInt = ({ value }: { value: unknown }) =>
  typeof value === 'string' && value.trim() !== '' ? Number(value) : value;

/** Good enough on a laptop; refused in production, where unsubscribe links must not be forgeable. */
const DEV_NEWSLETTER_SECRET = 'maillage-development-newsletter-secret-not-for-production';

/** Any of the DKIM settings given: then all three are required. */
const dkimConfigured = (c: AppConfig) => [c.DKIM_DOMAIN, c.DKIM_SELECTOR, c.DKIM_PRIVATE_KEY_FILE].some(Boolean);

/** Any of HelloAsso's credentials given: then the client, its secret and the organisation are all required. */
const helloAssoConfigured = (c: AppConfig) =>
  [c.HELLOASSO_CLIENT_ID, c.HELLOASSO_CLIENT_SECRET, c.HELLOASSO_ORGANIZATION_SLUG].some(Boolean);

/** Every setting the backend reads, validated once at start: a bad value stops the app and names the variable. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3001;

  @IsString()
  HOST = '127.0.0.1';

  /** When unset, an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional()
  @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data');

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(65535)
  EMBEDDED_PG_PORT = 5433;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString()
  @MinLength(3)
  MAIL_FROM = 'Maillage <ne-pas-repondre@maillage.test>';

  /**
   * GDPR retention: newsletter subscribers and volunteers who left are erased this many years after leaving
   * (docs/privacy.md), by a nightly job.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(30)
  RETENTION_YEARS_AFTER_LEAVING = 3;

  /** Public address of the UI, used in links sent by email. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  APP_URL = 'http://localhost:3000';

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES = 120;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 90)
  SESSION_ABSOLUTE_HOURS = 24 * 7;

  /**
   * Seconds a resolved session is served from memory (0: every request asks the database). Anything that changes
   * someone's rights clears it at once (auth/session-cache.ts); the delay only bounds date-driven changes, such as a
   * group term starting or ending today.
   */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(60)
  SESSION_CACHE_SECONDS = 30;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  INVITATION_TTL_HOURS = 24 * 7;

  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(24 * 60)
  PASSWORD_RESET_TTL_MINUTES = 60;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1000)
  LOGIN_MAX_ATTEMPTS = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  LOGIN_WINDOW_MINUTES = 15;

  /** Seeds the demo data into an empty database at start. */
  @Transform(toBool)
  @IsBoolean()
  SEED_DEMO = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Secure cookies: on when APP_URL is https unless set explicitly. */
  @IsOptional()
  @Transform(toBool)
  @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Who hears of a volunteer sign-up when the group has no welcome person nor referent. */
  @IsOptional()
  @IsEmail()
  COORDINATOR_EMAIL?: string;

  /**
   * Which proxies' X-Forwarded-For to believe (proxy-addr syntax: `loopback`, IPs, CIDRs): the UI's server forwards
   * /api from loopback. Client IPs feed the rate limits and the audit log, so never trust everyone.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** Where backups go (`npm run backup` and the daily one); `DATA_DIR/backups` when unset. */
  @IsOptional()
  @IsString()
  @MinLength(1)
  BACKUP_DIR?: string;

  /** Takes a backup every night (03:30, Paris time) in one of the API processes. */
  @Transform(toBool)
  @IsBoolean()
  BACKUP_DAILY = false;

  /** How many backups the daily job keeps in BACKUP_DIR (the oldest go first). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  BACKUP_KEEP = 14;

  /**
   * A bearer token for GET /api/metrics. Unset, the metrics answer only callers on this machine (loopback) that came
   * through no proxy.
   */
  @IsOptional()
  @IsString()
  @MinLength(16)
  METRICS_TOKEN?: string;

  /** How many days before a funding deadline (application, report, instalment) the coordinator gets a reminder. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(90)
  FUNDING_REMINDER_DAYS = 14;
  // Newsletters (see src/modules/newsletters/README.md).

  /** Signs the unsubscribe links (HMAC over subscriber and list). Changing it invalidates the links already sent. */
  @IsString()
  @MinLength(32)
  @ValidateBy({
    name: 'notDevSecret',
    validator: {
      validate: (v, args) => (args?.object as AppConfig).NODE_ENV !== 'production' || v !== DEV_NEWSLETTER_SECRET,
      defaultMessage: () => 'set a secret of your own in production',
    },
  })
  NEWSLETTER_SECRET = DEV_NEWSLETTER_SECRET;

  @IsString()
  @MinLength(3)
  NEWSLETTER_FROM = 'La lettre du réseau <lettre@maillage.test>';

  /** The mailto: of List-Unsubscribe; its mailbox is read by the communication team. */
  @IsEmail()
  NEWSLETTER_UNSUBSCRIBE_EMAIL = 'desinscription@maillage.test';

  /** Bulk sending may go through another relay than transactional mail; SMTP_URL when unset. */
  @IsOptional()
  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false })
  NEWSLETTER_SMTP_URL?: string;

  /**
   * Pooled SMTP connections per worker process, each sending one message at a time. Each keeps a database
   * connection of its own (plus one for the worker), so the pool must be larger.
   */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  @ValidateBy({
    name: 'belowPoolSize',
    validator: {
      validate: (v, args) => typeof v === 'number' && v + 2 <= (args?.object as AppConfig).DATABASE_POOL_SIZE,
      defaultMessage: () => 'must leave room in DATABASE_POOL_SIZE (at least NEWSLETTER_SMTP_CONNECTIONS + 2)',
    },
  })
  NEWSLETTER_SMTP_CONNECTIONS = 2;

  /** Messages per second per worker process; 0 for no limit. */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(100_000)
  NEWSLETTER_RATE_PER_SECOND = 20;

  /** Attempts per recipient before a temporary failure becomes final. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  NEWSLETTER_MAX_ATTEMPTS = 5;

  /** First retry delay; doubles at each attempt (capped at an hour). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  NEWSLETTER_RETRY_SECONDS = 60;

  /** Tries of an outbox job (a transactional mail…) before it is given up and shown to the admin as failed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(20)
  OUTBOX_MAX_ATTEMPTS = 8;

  /** An outbox job's first retry delay, doubling at each try: 30 s, 1 min… ~1 h before the 8th (a relay down). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3600)
  OUTBOX_RETRY_SECONDS = 30;

  /**
   * What becomes of a message in flight when its worker died (see the newsletters README): `at-most-once` marks it
   * uncertain for the team to decide; `at-least-once` queues it again at once (at most one duplicate per crash).
   */
  @IsIn(['at-most-once', 'at-least-once'])
  NEWSLETTER_UNCERTAIN: 'at-most-once' | 'at-least-once' = 'at-most-once';

  /** Runs the send worker (and the newsletter timers) inside the API process; off when workers run apart. */
  @Transform(toBool)
  @IsBoolean()
  NEWSLETTER_WORKER = true;

  /** Months between two issues: the next due date and its reminder follow from it. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(12)
  NEWSLETTER_CADENCE_MONTHS = 2;

  /** The deliverability check requests every link of an issue (HEAD) to find broken ones. */
  @Transform(toBool)
  @IsBoolean()
  NEWSLETTER_LINK_CHECK = true;

  // Returns: bounces, complaints and mailto unsubscribes coming back (src/modules/newsletters/returns/README.md).

  /**
   * Envelope sender of newsletters, `bounces+<token>@domain` per message (VERP): the relay's delivery reports come
   * back to that mailbox, which must accept subaddresses (`+`). Unset: the From address, and no token.
   */
  @IsOptional()
  @IsEmail()
  BOUNCE_ADDRESS?: string;

  /**
   * The mailbox that receives BOUNCE_ADDRESS and NEWSLETTER_UNSUBSCRIBE_EMAIL, read over IMAP:
   * `imaps://user:password@host:993` (user and password URL-encoded). Unset: nothing is read.
   */
  @IsOptional()
  @IsUrl({ protocols: ['imap', 'imaps'], require_tld: false, require_protocol: true })
  IMAP_URL?: string;

  @IsString()
  @MinLength(1)
  IMAP_MAILBOX = 'INBOX';

  /** Seconds between two readings of the mailbox. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(3600)
  IMAP_POLL_SECONDS = 60;

  /** Soft bounces (4.x.x) that mark an address bounced, when they come within NEWSLETTER_SOFT_BOUNCE_DAYS. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100)
  NEWSLETTER_SOFT_BOUNCE_LIMIT = 3;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  NEWSLETTER_SOFT_BOUNCE_DAYS = 30;

  /** Password of the Brevo webhook's basic auth (`https://brevo:<secret>@…/webhooks/brevo`). Unset: route off. */
  @IsOptional()
  @IsString()
  @MinLength(24)
  BREVO_WEBHOOK_SECRET?: string;

  /** Password of the Mailjet event callback's basic auth. Unset: route off. */
  @IsOptional()
  @IsString()
  @MinLength(24)
  MAILJET_WEBHOOK_SECRET?: string;

  /** The SNS topic of SES notifications; messages of any other topic are refused. Unset: route off. */
  @IsOptional()
  @Matches(/^arn:aws[a-z-]*:sns:[a-z0-9-]+:\d{12}:[\w-]+$/)
  SES_SNS_TOPIC_ARN?: string;

  /** Where SNS signing certificates may come from: AWS's own hosts, over https (tests use their own). */
  @IsString()
  SES_SNS_CERT_URL_PATTERN = '^https://sns\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/[^?#]+\\.pem$';

  /** DKIM signing of newsletters: the three together, or none. */
  @IsOptional()
  @Matches(/^[a-z0-9.-]+\.[a-z]{2,}$/i)
  DKIM_DOMAIN?: string;

  @ValidateIf(dkimConfigured)
  @Matches(/^[a-z0-9._-]+$/i)
  DKIM_SELECTOR?: string;

  /** Path of the PEM private key. */
  @ValidateIf(dkimConfigured)
  @IsString()
  @MinLength(1)
  DKIM_PRIVATE_KEY_FILE?: string;

  /** HelloAsso's API root (`/oauth2/token` and `/v5/…` under it); tests point it at a local fixture server. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  HELLOASSO_API_URL = 'https://api.helloasso.com';

  /** HelloAsso API client (OAuth2 client credentials): the three together, or none (no HelloAsso). */
  @ValidateIf(helloAssoConfigured)
  @IsString()
  @MinLength(8)
  HELLOASSO_CLIENT_ID?: string;

  @ValidateIf(helloAssoConfigured)
  @IsString()
  @MinLength(8)
  HELLOASSO_CLIENT_SECRET?: string;

  @ValidateIf(helloAssoConfigured)
  @Matches(/^[a-z0-9-]+$/)
  HELLOASSO_ORGANIZATION_SLUG?: string;

  /**
   * The notification URL's signature key: HelloAsso signs each notification's body with it (HMAC-SHA256 in the
   * `x-ha-signature` header). Without it the webhook refuses every notification.
   */
  @IsOptional()
  @IsString()
  @MinLength(16)
  HELLOASSO_WEBHOOK_SIGNATURE_KEY?: string;

  /** A notification whose payment changed longer ago than this is refused (a replay). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 30)
  HELLOASSO_WEBHOOK_MAX_AGE_HOURS = 72;

  // Sources of the map: their feeds' health (src/modules/sources).

  /** Hours between two readings of a source's feed. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(24 * 7)
  FEED_CHECK_HOURS = 24;

  /** A feed whose records have not changed for this many days is stale: its referent and the coordinator are told. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  FEED_STALE_DAYS = 90;

  /** Seconds a feed reading may take in all (redirects and body included). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(300)
  FEED_TIMEOUT_SECONDS = 30;

  /** Largest feed body read, in megabytes: past it the download is cut and the reading fails. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(500)
  FEED_MAX_MB = 20;

  /**
   * Hosts whose private or loopback addresses a feed may use (comma-separated names or addresses): an intranet
   * mirror, the test fixtures. Every other feed, and every redirect, must resolve to a public address.
   */
  @Transform(({ value }: { value: unknown }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((h) => h.trim().toLowerCase())
          .filter(Boolean)
      : value,
  )
  @IsString({ each: true })
  FEED_ALLOWED_HOSTS: string[] = [];

  get backupDir(): string {
    return this.BACKUP_DIR ?? path.join(this.DATA_DIR, 'backups');
  }

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.APP_URL.startsWith('https://');
  }
}

export class ConfigError extends Error {}

/** Every variable the backend reads (the compose check refuses any other in the backend's environment). */
export function configKeys(): string[] {
  return Object.keys(new AppConfig()).concat([
    'DATABASE_URL',
    'COOKIE_SECURE',
    'COORDINATOR_EMAIL',
    'NEWSLETTER_SMTP_URL',
    'DKIM_DOMAIN',
    'DKIM_SELECTOR',
    'DKIM_PRIVATE_KEY_FILE',
    'BOUNCE_ADDRESS',
    'IMAP_URL',
    'BREVO_WEBHOOK_SECRET',
    'MAILJET_WEBHOOK_SECRET',
    'SES_SNS_TOPIC_ARN',
    'BACKUP_DIR',
    'METRICS_TOKEN',
    'HELLOASSO_CLIENT_ID',
    'HELLOASSO_CLIENT_SECRET',
    'HELLOASSO_ORGANIZATION_SLUG',
    'HELLOASSO_WEBHOOK_SIGNATURE_KEY',
  ]);
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = configKeys();
  const values = Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const config = plainToInstance(AppConfig, values);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map(
      (e) =>
        `  ${e.property}=${JSON.stringify(values[e.property] ?? e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`,
    );
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
