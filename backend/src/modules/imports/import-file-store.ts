import type { Readable } from 'node:stream';
import type { DataSource, EntityManager } from 'typeorm';
import { exec, many, one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import type { StoredFile } from './read-file';

/** Slices read back at a time: what a pass over the file holds of it. */
const READ_CHUNK = 256 * 1024;

/**
 * Uploaded files as PostgreSQL large objects: written slice by slice as the upload streams in, read back slice by
 * slice (`lo_get` with an offset needs no open descriptor, so any connection of the pool reads it), and kept until the
 * commit, across restarts of the API. Memory holds one slice, never the file.
 */
export const importFileStore = {
  /** Writes the stream into a new large object inside `em`'s transaction; its id and size. `check` sees each slice. */
  async write(
    em: EntityManager,
    body: Readable,
    check: (size: number) => void,
  ): Promise<{ oid: string; size: number }> {
    const { oid } = await one(em, sql`SELECT lo_create(0)::bigint::text AS oid`, { oid: col.text });
    let size = 0;
    for await (const slice of body as AsyncIterable<Buffer>) {
      await exec(em, sql`SELECT lo_put(${oid}::bigint::oid, ${size}::bigint, ${slice}::bytea)`);
      size += slice.length;
      check(size);
    }
    return { oid, size };
  },

  read(db: DataSource, oid: string): StoredFile {
    return {
      async *chunks() {
        for (let offset = 0; ; offset += READ_CHUNK) {
          const [slice] = await many(
            db,
            sql`SELECT lo_get(${oid}::bigint::oid, ${offset}::bigint, ${READ_CHUNK}) AS bytes`,
            (r) => r.bytes as Buffer,
          );
          if (!slice?.length) return;
          yield slice;
          if (slice.length < READ_CHUNK) return;
        }
      },
    };
  },

  async remove(em: EntityManager, oid: string): Promise<void> {
    await exec(em, sql`SELECT lo_unlink(${oid}::bigint::oid)`);
  },
};
