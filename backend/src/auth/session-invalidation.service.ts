import { Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyInstance } from 'fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { SAFE_METHODS } from '../common/request-context';
import { exec, sql } from '../database/sql';
import { SessionCache } from './session-cache';

export const AUTH_CHANNEL = 'maillage_auth';
const RECONNECT_MS = 1000;

/**
 * Keeps the session cache honest. Other processes' changes (and this one's) arrive as NOTIFY maillage_auth from
 * the triggers of migration SessionInvalidation, on a connection of our own; while that connection is down the
 * cache is off. This process's own change requests also clear it before their answer leaves (after their commit),
 * so the next request of the same client never sees rights older than the change it just made.
 */
@Injectable()
export class SessionInvalidation implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('Sessions');
  private client: Client | null = null;
  private retry?: NodeJS.Timeout;
  private stopped = false;
  private readonly dropped = new WeakSet<Client>();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly cache: SessionCache,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.adapterHost.httpAdapter?.getInstance<FastifyInstance>().addHook('onSend', (req, _reply, payload, done) => {
      if (!SAFE_METHODS.has(req.method)) this.cache.clear();
      done(null, payload);
    });
    if (this.cache.enabled) await this.listen();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.cache.setLive(false);
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const { url } = this.db.options as { url?: string };
    const client = new Client({ connectionString: url, application_name: 'maillage-sessions' });
    client.on('notification', () => this.cache.clear());
    client.on('error', (e) => this.lost(client, e));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await exec(client, sql`LISTEN ${sql.id(AUTH_CHANNEL)}`);
    } catch (e) {
      return this.lost(client, e as Error);
    }
    if (this.stopped) return void client.end().catch(() => undefined);
    this.client = client;
    this.cache.setLive(true);
  }

  /** Off until listening again: changes made meanwhile would go unheard. Once per connection ('error' then 'end'). */
  private lost(client: Client, error?: Error): void {
    if (this.dropped.has(client)) return;
    this.dropped.add(client);
    if (!this.stopped)
      this.logger.warn(
        `session cache off until change notifications are heard again${error ? `: ${error.message}` : ''}`,
      );
    if (this.client === client) this.client = null;
    this.cache.setLive(false);
    client.end().catch(() => undefined);
    if (!this.stopped) this.retry = setTimeout(() => void this.listen(), RECONNECT_MS).unref();
  }
}
