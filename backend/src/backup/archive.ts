import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { createInflate } from 'node:zlib';

/**
 * A reader of PostgreSQL's custom archive format (pg_dump -Fc), versions 1.14 to 1.16 (pg_dump 12 to 18): the
 * header, the table of contents and each entry's data. The layout is pg_dump's own (pg_backup_archiver.c,
 * pg_backup_custom.c): integers are a sign byte then `intSize` bytes, least significant first; strings are an
 * integer length (-1 for NULL) then the bytes; a data block is a type byte, the entry's id, then chunks each
 * preceded by its length, ending with a zero length; the chunks of a gzip archive form one zlib stream.
 */
export interface TocEntry {
  dumpId: number;
  tag: string;
  desc: string;
  section: number;
  defn: string;
  copyStmt: string | null;
  /** Where the entry's data block starts, when it has one. */
  dataOffset: number | null;
}

export interface ArchiveHeader {
  version: string;
  compression: 'none' | 'gzip';
  createdAt: Date;
  database: string;
  serverVersion: string;
  dumpVersion: string;
}

const MIN_VERSION = [1, 14];
const MAX_VERSION = [1, 16];
const OFFSET_POS_SET = 2;
const OFFSET_NO_DATA = 3;
const BLOCK_DATA = 1;

class Reader {
  private buffer = Buffer.alloc(0);
  private at = 0;
  intSize = 4;
  offSize = 8;

  constructor(
    private readonly file: FileHandle,
    private position: number,
  ) {}

  private async fill(n: number): Promise<void> {
    while (this.buffer.length - this.at < n) {
      const chunk = Buffer.alloc(Math.max(64 * 1024, n));
      const { bytesRead } = await this.file.read(chunk, 0, chunk.length, this.position);
      if (bytesRead === 0) throw new Error('the archive ends too early (truncated file?)');
      this.position += bytesRead;
      this.buffer = Buffer.concat([this.buffer.subarray(this.at), chunk.subarray(0, bytesRead)]);
      this.at = 0;
    }
  }

  async bytes(n: number): Promise<Buffer> {
    await this.fill(n);
    const out = this.buffer.subarray(this.at, this.at + n);
    this.at += n;
    return out;
  }

  async byte(): Promise<number> {
    return (await this.bytes(1))[0];
  }

  async int(): Promise<number> {
    const negative = (await this.byte()) !== 0;
    const raw = await this.bytes(this.intSize);
    let value = 0;
    for (let i = raw.length - 1; i >= 0; i--) value = value * 256 + raw[i];
    return negative ? -value : value;
  }

  async str(): Promise<string | null> {
    const length = await this.int();
    if (length < 0) return null;
    return (await this.bytes(length)).toString('utf8');
  }

  async offset(): Promise<{ flag: number; value: number }> {
    const flag = await this.byte();
    const raw = await this.bytes(this.offSize);
    let value = 0;
    for (let i = raw.length - 1; i >= 0; i--) value = value * 256 + raw[i];
    return { flag, value };
  }
}

export class CustomArchive {
  private constructor(
    private readonly file: FileHandle,
    readonly header: ArchiveHeader,
    readonly toc: TocEntry[],
    private readonly intSize: number,
  ) {}

  static async open(path: string): Promise<CustomArchive> {
    const file = await open(path, 'r');
    try {
      const r = new Reader(file, 0);
      if ((await r.bytes(5)).toString('latin1') !== 'PGDMP')
        throw new Error(`${path} is not a PostgreSQL custom-format archive (pg_dump -Fc)`);
      const [major, minor] = [await r.byte(), await r.byte(), await r.byte()];
      if (major !== 1 || minor < MIN_VERSION[1] || minor > MAX_VERSION[1]) {
        throw new Error(
          `archive format ${major}.${minor} is not supported (${MIN_VERSION.join('.')} to ${MAX_VERSION.join('.')}); use pg_restore of the pg_dump that wrote it`,
        );
      }
      r.intSize = await r.byte();
      r.offSize = await r.byte();
      if ((await r.byte()) !== 1) throw new Error('not a custom-format archive (pg_dump -Fc)');
      let compression: ArchiveHeader['compression'] = 'none';
      if (minor >= 15) {
        const algorithm = await r.byte();
        if (algorithm > 1)
          throw new Error('the archive is compressed with lz4 or zstd: take it with gzip (the default) or none');
        compression = algorithm === 1 ? 'gzip' : 'none';
      } else if ((await r.int()) !== 0) {
        compression = 'gzip';
      }
      const [sec, min, hour, mday, mon, year] = [
        await r.int(),
        await r.int(),
        await r.int(),
        await r.int(),
        await r.int(),
        await r.int(),
        await r.int(),
      ];
      const header: ArchiveHeader = {
        version: `${major}.${minor}`,
        compression,
        createdAt: new Date(year + 1900, mon, mday, hour, min, sec),
        database: (await r.str()) ?? '',
        serverVersion: (await r.str()) ?? '',
        dumpVersion: (await r.str()) ?? '',
      };
      const count = await r.int();
      const toc: TocEntry[] = [];
      for (let i = 0; i < count; i++) {
        const dumpId = await r.int();
        await r.int(); // had a data dumper
        await r.str(); // table oid
        await r.str(); // oid
        const tag = (await r.str()) ?? '';
        const desc = (await r.str()) ?? '';
        const section = await r.int();
        const defn = (await r.str()) ?? '';
        await r.str(); // drop statement
        const copyStmt = await r.str();
        await r.str(); // namespace
        await r.str(); // tablespace
        await r.str(); // table access method
        if (minor >= 16) await r.int(); // relkind
        await r.str(); // owner
        await r.str(); // "with oids", always false
        while ((await r.str()) !== null); // dependencies: the entries are already in a restorable order
        const { flag, value } = await r.offset();
        if (flag !== OFFSET_POS_SET && flag !== OFFSET_NO_DATA)
          throw new Error('the archive has no data offsets (written to a pipe): restore it with pg_restore');
        toc.push({ dumpId, tag, desc, section, defn, copyStmt, dataOffset: flag === OFFSET_POS_SET ? value : null });
      }
      return new CustomArchive(file, header, toc, r.intSize);
    } catch (e) {
      await file.close();
      throw e;
    }
  }

  /** The entry's data (COPY text for a table), decompressed, as a stream. */
  data(entry: TocEntry): Readable {
    const { file, intSize, header } = this;
    async function* chunks(): AsyncGenerator<Buffer> {
      const r = new Reader(file, entry.dataOffset!);
      r.intSize = intSize;
      const type = await r.byte();
      const id = await r.int();
      if (type !== BLOCK_DATA || id !== entry.dumpId)
        throw new Error(`data of entry ${entry.dumpId} (${entry.tag}) not found at its offset`);
      for (let length = await r.int(); length > 0; length = await r.int()) yield Buffer.from(await r.bytes(length));
    }
    const raw = Readable.from(chunks());
    if (header.compression === 'none') return raw;
    const inflate = createInflate();
    raw.once('error', (e) => inflate.destroy(e));
    return raw.pipe(inflate);
  }

  close(): Promise<void> {
    return this.file.close();
  }
}
