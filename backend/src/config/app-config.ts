import { plainToInstance, Transform } from 'class-transformer';
import { IsBoolean, IsEmail, IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, MinLength, validateSync } from 'class-validator';
import path from 'node:path';

const toBool = ({ value }: { value: unknown }) => (typeof value === 'string' ? ['1', 'true', 'yes'].includes(value.toLowerCase()) : value);
const toInt = ({ value }: { value: unknown }) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value);

/** Every setting the backend reads, validated once at start: a bad value stops the app and names the variable. */
export class AppConfig {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  @Transform(toInt) @IsInt() @Min(1) @Max(65535)
  PORT = 3001;

  @IsString()
  HOST = '127.0.0.1';

  /** When unset, an embedded PostgreSQL is started under DATA_DIR. */
  @IsOptional() @IsUrl({ protocols: ['postgres', 'postgresql'], require_tld: false, require_protocol: true })
  DATABASE_URL?: string;

  @IsString()
  DATA_DIR = path.resolve(__dirname, '..', '..', '..', 'data');

  @Transform(toInt) @IsInt() @Min(1024) @Max(65535)
  EMBEDDED_PG_PORT = 5433;

  @Transform(toInt) @IsInt() @Min(1) @Max(200)
  DATABASE_POOL_SIZE = 10;

  @IsUrl({ protocols: ['smtp', 'smtps'], require_tld: false, require_protocol: true })
  SMTP_URL = 'smtp://127.0.0.1:1025';

  @IsString() @MinLength(3)
  MAIL_FROM = 'Maillage <ne-pas-repondre@maillage.test>';

  /** Public address of the UI, used in links sent by email. */
  @IsUrl({ require_tld: false, protocols: ['http', 'https'], require_protocol: true })
  APP_URL = 'http://localhost:3000';

  @Transform(toInt) @IsInt() @Min(5) @Max(24 * 60)
  SESSION_IDLE_MINUTES = 120;

  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 90)
  SESSION_ABSOLUTE_HOURS = 24 * 7;

  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 30)
  INVITATION_TTL_HOURS = 24 * 7;

  @Transform(toInt) @IsInt() @Min(5) @Max(24 * 60)
  PASSWORD_RESET_TTL_MINUTES = 60;

  @Transform(toInt) @IsInt() @Min(1) @Max(1000)
  LOGIN_MAX_ATTEMPTS = 10;

  @Transform(toInt) @IsInt() @Min(1) @Max(24 * 60)
  LOGIN_WINDOW_MINUTES = 15;

  /** Seeds the demo data into an empty database at start. */
  @Transform(toBool) @IsBoolean()
  SEED_DEMO = true;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  /** Secure cookies: on when APP_URL is https unless set explicitly. */
  @IsOptional() @Transform(toBool) @IsBoolean()
  COOKIE_SECURE?: boolean;

  /** Who hears of a volunteer sign-up when the group has no welcome person nor referent. */
  @IsOptional() @IsEmail()
  COORDINATOR_EMAIL?: string;

  /**
   * Which proxies' X-Forwarded-For to believe (proxy-addr syntax: `loopback`, IPs, CIDRs): the UI's server forwards
   * /api from loopback. Client IPs feed the rate limits and the audit log, so never trust everyone.
   */
  @IsString()
  TRUST_PROXY = 'loopback';

  /** How many days before a funding deadline (application, report, instalment) the coordinator gets a reminder. */
  @Transform(toInt) @IsInt() @Min(1) @Max(90)
  FUNDING_REMINDER_DAYS = 14;

  get cookieSecure(): boolean {
    return this.COOKIE_SECURE ?? this.APP_URL.startsWith('https://');
  }
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const known = Object.keys(new AppConfig()).concat(['DATABASE_URL', 'COOKIE_SECURE', 'COORDINATOR_EMAIL']);
  const values = Object.fromEntries(known.filter((k) => env[k] !== undefined && env[k] !== '').map((k) => [k, env[k]]));
  const config = plainToInstance(AppConfig, values);
  const errors = validateSync(config, { skipMissingProperties: false });
  if (errors.length > 0) {
    const lines = errors.map((e) => `  ${e.property}=${JSON.stringify(values[e.property] ?? e.value)}: ${Object.values(e.constraints ?? {}).join('; ')}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return config;
}
