import path from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';
import { watchedDriver } from './watched-pool';

/** One description of the database for the app, the tests and the TypeORM CLI. */
export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [path.join(__dirname, '..', '**', '*.entity.{js,ts}')],
    migrations: [path.join(__dirname, 'migrations', '*.{js,ts}')],
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    migrationsTransactionMode: 'each',
    synchronize: false,
    poolSize,
    extra: { application_name: 'maillage' },
    driver: watchedDriver(),
  };
}

/** For the TypeORM CLI (`migration:generate`), run from dist. */
export default new DataSource(
  dataSourceOptions(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/maillage'),
);
