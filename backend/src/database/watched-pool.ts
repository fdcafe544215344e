import pg from 'pg';

const pools = new WeakMap<object, pg.Pool>();

/**
 * pg as TypeORM's public `driver` option, with a Pool that remembers itself: /api/metrics reads the pool's counters
 * through `poolOf(dataSource.options)` instead of TypeORM's internal fields. One driver object per data source, so
 * several apps in one process (the tests) each read their own pool.
 */
export function watchedDriver(): typeof pg {
  const driver: typeof pg = {
    ...pg,
    Pool: class WatchedPool extends pg.Pool {
      constructor(config?: pg.PoolConfig) {
        super(config);
        pools.set(driver, this);
      }
    },
  };
  return driver;
}

/** The pool a data source opened with `watchedDriver()`, once it is connected. */
export function poolOf(options: { driver?: unknown }): pg.Pool | undefined {
  return options.driver ? pools.get(options.driver) : undefined;
}
