import { subject } from '@casl/ability';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Readable } from 'node:stream';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService, type AuditRecord } from '../../audit/audit.service';
import { one, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { Conflict, Forbidden, NotFound, ValidationFailed, type FieldErrors } from '../../common/errors';
import { msg, render, type Text } from '../../common/error-catalogue';
import type { SignedInContext } from '../../common/request-context';
import type { ImportAdapter, RowPlan } from './adapters/adapter';
import { fundersAdapter } from './adapters/funders.adapter';
import { grantsAdapter } from './adapters/grants.adapter';
import { groupMembersAdapter } from './adapters/group-members.adapter';
import { organisationsAdapter } from './adapters/organisations.adapter';
import { peopleAdapter } from './adapters/people.adapter';
import { giftsAdapter } from './adapters/gifts.adapter';
import { contributionsAdapter } from './adapters/contributions.adapter';
import { subscribersAdapter } from './adapters/subscribers.adapter';
import { MAX_FILE_BYTES, type ImportMappingDto, type UploadImportDto } from './dto/import.dto';
import type { ImportJobResponse, ImportRunResponse, ImportRowResponse } from './dto/import.response';
import { guessMapping, RowReader } from './fields';
import { ImportJob, type ImportKind } from './import-job.entity';
import { ImportMapping } from './import-mapping.entity';
import { ImportError } from './imports.errors';
import { importFileStore } from './import-file-store';
import { keyRegister } from './import-keys';
import { openFile, type Source } from './read-file';

const ADAPTERS: Record<ImportKind, ImportAdapter<unknown>> = {
  organisations: organisationsAdapter,
  people: peopleAdapter,
  funders: fundersAdapter,
  'group-members': groupMembersAdapter,
  grants: grantsAdapter,
  gifts: giftsAdapter,
  contributions: contributionsAdapter,
  subscribers: subscribersAdapter,
};
export const MAX_ROWS = 100_000;
/** Rows read, checked against the database and written together: memory holds one batch, not the file. */
const BATCH = 1000;
/** Rows a report lists (refused ones first); the counts cover the whole file. */
const SHOWN_ROWS = 500;
/** Advisory lock space of commits (with the job's hash): one commit of a file at a time, let go if the process dies. */
const COMMIT_LOCK = 727_100;

type Mapping = Record<string, string | null>;

@Injectable()
export class ImportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
  ) {}

  /**
   * Streams the uploaded file into a large object, slice by slice, then reads its header row from there: the file is
   * never whole in memory. A file over the limit is refused as soon as it passes it.
   */
  async upload(
    ctx: SignedInContext,
    dto: UploadImportDto,
    fileName: string,
    body: Readable,
  ): Promise<ImportJobResponse> {
    this.allow(ctx, dto.kind);
    const { oid, size } = await this.db.transaction((em) =>
      importFileStore.write(em, body, (bytes) => {
        if (bytes > MAX_FILE_BYTES)
          throw ValidationFailed.field('file', msg(ImportError.FileTooLarge, { max: MAX_FILE_BYTES / 2 ** 20 }));
      }),
    );
    try {
      if (size === 0) throw ValidationFailed.field('file', ImportError.EmptyFile);
      const source = await openFile(importFileStore.read(this.db, oid));
      const job = await this.db.getRepository(ImportJob).save({
        kind: dto.kind,
        fileName: fileName.slice(0, 200),
        fileOid: oid,
        format: source.format,
        encoding: source.encoding,
        delimiter: source.delimiter,
        createdById: ctx.user.id,
      });
      const remembered = await this.db.getRepository(ImportMapping).findOneBy({ kind: dto.kind });
      return this.describe(
        job,
        source,
        guessMapping(ADAPTERS[dto.kind].fields, source.headers, remembered?.mapping ?? null),
      );
    } catch (e) {
      // A refused file is not kept.
      await this.db.transaction((em) => importFileStore.remove(em, oid));
      throw e;
    }
  }

  async get(ctx: SignedInContext, id: string): Promise<ImportJobResponse> {
    const { job, source } = await this.open(ctx, id);
    const remembered = await this.db.getRepository(ImportMapping).findOneBy({ kind: job.kind });
    return this.describe(
      job,
      source,
      guessMapping(ADAPTERS[job.kind].fields, source.headers, remembered?.mapping ?? null),
    );
  }

  async progress(ctx: SignedInContext, id: string) {
    const job = await this.db.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw new NotFound(ImportError.JobNotFound);
    this.allow(ctx, job.kind, job.createdById);
    return { id: job.id, status: job.status, total: job.total, processed: job.processed };
  }

  /** Reads the whole file against the database as the commit would, and saves nothing but the mapping and the count. */
  async dryRun(ctx: SignedInContext, id: string, dto: ImportMappingDto): Promise<ImportRunResponse> {
    const { job, source } = await this.open(ctx, id);
    const mapping = this.mapping(job.kind, source, dto);
    const run = await this.db.transaction(async (em) => {
      await em.getRepository(ImportMapping).save({ kind: job.kind, mapping });
      return this.run(ctx, em, job, source, mapping, false);
    });
    await this.db.getRepository(ImportJob).update(job.id, { total: run.report.total });
    return run.report;
  }

  /**
   * All or nothing, in one transaction: rows are written batch by batch as they are read, and one refused row rolls
   * everything back (a 400 naming the refused lines, the first 500). Progress is counted outside the transaction.
   */
  async commit(ctx: SignedInContext, id: string, dto: ImportMappingDto): Promise<ImportRunResponse> {
    const { job, source } = await this.open(ctx, id);
    const mapping = this.mapping(job.kind, source, dto);
    // Shown to the UI while it runs; who commits is decided by the lock below, which a killed process lets go of.
    await this.db.getRepository(ImportJob).update(job.id, { status: 'committing', processed: 0 });
    try {
      const report = await this.db.transaction(async (em) => {
        const locked = await one(em, sql`SELECT pg_try_advisory_xact_lock(${COMMIT_LOCK}, hashtext(${job.id})) AS ok`, {
          ok: col.bool,
        });
        if (!locked.ok) throw new Conflict(ImportError.CommitRunning);
        await em.getRepository(ImportMapping).save({ kind: job.kind, mapping });
        const { report, errors } = await this.run(ctx, em, job, source, mapping, true);
        if (report.refused > 0)
          throw new ValidationFailed(errors, msg(ImportError.RowsWrong, { wrong: report.refused }));
        // The file is not kept once its rows are in.
        await importFileStore.remove(em, job.fileOid!);
        await em.getRepository(ImportJob).update(job.id, { status: 'committed', fileOid: null, total: report.total });
        return { ...report, committed: true };
      });
      return report;
    } catch (e) {
      if (!(e instanceof Conflict)) await this.db.getRepository(ImportJob).update(job.id, { status: 'uploaded' });
      throw e;
    }
  }

  /** The kind must be the caller's to import, and the upload theirs (the coordinator takes up anyone's). */
  private allow(ctx: SignedInContext, kind: ImportKind, createdById: string | null = ctx.user.id) {
    if (!ctx.ability.can('create', subject('Import', { kind, createdById })))
      throw new Forbidden(ImportError.KindNotAllowed);
  }

  private async open(ctx: SignedInContext, id: string): Promise<{ job: ImportJob; source: Source }> {
    const job = await this.db.getRepository(ImportJob).findOneBy({ id });
    if (!job) throw new NotFound(ImportError.JobNotFound);
    this.allow(ctx, job.kind, job.createdById);
    if (job.status === 'committed' || job.fileOid === null) throw new Conflict(ImportError.AlreadyCommitted);
    return { job, source: await openFile(importFileStore.read(this.db, job.fileOid)) };
  }

  private mapping(kind: ImportKind, source: Source, dto: ImportMappingDto): Mapping {
    const fields = ADAPTERS[kind].fields;
    const given = new Map(dto.mapping.map((m) => [m.field, m.header ?? null]));
    const errors: FieldErrors = {};
    const mapping: Mapping = {};
    for (const f of fields) {
      const header = given.get(f.name) ?? null;
      if (header !== null && !source.headers.includes(header))
        (errors[`mapping.${f.name}`] ??= []).push(msg(ImportError.MappingUnknownHeader, { header }));
      mapping[f.name] = header;
    }
    const missing = fields.filter((f) => f.required && !mapping[f.name]);
    if (missing.length)
      errors.mapping = [msg(ImportError.MissingColumns, { fields: (l) => missing.map((f) => f.label[l]).join(', ') })];
    if (Object.keys(errors).length) throw new ValidationFailed(errors);
    return mapping;
  }

  private describe(job: ImportJob, source: Source, mapping: Mapping): ImportJobResponse {
    return {
      id: job.id,
      kind: job.kind,
      fileName: job.fileName,
      format: job.format,
      encoding: job.encoding,
      delimiter: job.delimiter,
      headers: source.headers,
      fields: ADAPTERS[job.kind].fields.map((f) => ({
        name: f.name,
        labelFr: f.label.fr,
        labelEn: f.label.en,
        required: Boolean(f.required),
      })),
      mapping: Object.entries(mapping).map(([field, header]) => ({ field, header })),
      status: job.status,
      total: job.total,
      processed: job.processed,
    };
  }

  /** One pass over the file: read, check duplicates, plan against the database, and (when writing) write and audit. */
  private async run(
    ctx: SignedInContext,
    em: EntityManager,
    job: ImportJob,
    source: Source,
    mapping: Mapping,
    write: boolean,
  ) {
    const adapter = ADAPTERS[job.kind];
    const index = Object.fromEntries(
      Object.entries(mapping).map(([f, h]) => [f, h === null ? -1 : source.headers.indexOf(h)]),
    );
    // Every refused line is counted; the first SHOWN_ROWS are described (report and 400 alike), so that memory
    // holds a bounded report whatever the file.
    const errors: FieldErrors = {};
    const refused = new Map<number, [string, Text][]>();
    let refusedCount = 0;
    // A line's errors are reported one after the other (when read, as a duplicate, or when planned).
    let lastLine = 0;
    const fail = (line: number, field: string, text: Text) => {
      if (line !== lastLine && !refused.has(line)) refusedCount++;
      lastLine = line;
      if (!refused.has(line) && refused.size >= SHOWN_ROWS) return;
      (errors[`rows.${line}.${field}`] ??= []).push(text);
      refused.set(line, [...(refused.get(line) ?? []), [field, text]]);
    };
    const keys = await keyRegister(em);
    const by = { ability: ctx.ability, userId: ctx.user.id, ip: ctx.ip, fileName: job.fileName };
    const counts = { created: 0, updated: 0, unchanged: 0 };
    const shown: ImportRowResponse[] = [];
    let total = 0;
    let batch: { line: number; value: unknown; keys: string[] }[] = [];

    const flush = async () => {
      const duplicates = await keys.claim(batch);
      for (const [line, { key, first }] of duplicates)
        fail(line, key.split(':')[0], msg(ImportError.Duplicate, { line: first }));
      const plans = await adapter.plan(
        em,
        batch.filter((r) => !duplicates.has(r.line)),
        fail,
        by,
      );
      batch = [];
      for (const p of plans) {
        counts[p.status]++;
        if (shown.length < SHOWN_ROWS)
          shown.push({
            line: p.line,
            status: p.status,
            label: adapter.label(p.value),
            changes: Object.keys(p.changes),
            errors: [],
          });
      }
      // Once a row is refused nothing will be kept: the rest is only checked.
      if (write && refusedCount === 0) {
        await adapter.write(em, plans, by);
        await this.audited(ctx, em, job, adapter, plans);
        await this.db.getRepository(ImportJob).update(job.id, { processed: total });
      }
    };

    for await (const row of source.rows()) {
      if (++total > MAX_ROWS) throw ValidationFailed.field('file', msg(ImportError.TooManyRows, { max: MAX_ROWS }));
      const cells = Object.fromEntries(Object.entries(index).map(([f, i]) => [f, i < 0 ? '' : (row.cells[i] ?? '')]));
      const reader = new RowReader(cells);
      const value = adapter.read(reader);
      if (value === undefined) {
        for (const [field, text] of reader.errors) fail(row.line, field, text);
        continue;
      }
      batch.push({ line: row.line, value, keys: adapter.keys(value) });
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length) await flush();
    if (total === 0) throw ValidationFailed.field('file', ImportError.EmptyFile);

    const refusedRows: ImportRowResponse[] = [...refused].slice(0, SHOWN_ROWS).map(([line, errs]) => ({
      line,
      status: 'refused',
      label: null,
      changes: [],
      errors: errs.map(([field, text]) => ({ field, message: render(text, ctx.locale) })),
    }));
    const rows = [...refusedRows, ...shown].slice(0, SHOWN_ROWS).sort((a, b) => a.line - b.line);
    const report: ImportRunResponse = {
      jobId: job.id,
      committed: false,
      total,
      ...counts,
      refused: refusedCount,
      rows,
    };
    return { report, errors };
  }

  /**
   * One `import.create` entry per created record (its line in the file) and one `import.update` entry per changed
   * record, with what moved; the batch's entries are appended to the chain together, in one insert.
   */
  private async audited(
    ctx: SignedInContext,
    em: EntityManager,
    job: ImportJob,
    adapter: ImportAdapter<unknown>,
    plans: RowPlan<unknown>[],
  ) {
    const entries: AuditRecord[] = [];
    for (const p of plans) {
      if (p.status === 'created')
        entries.push({
          action: 'import.create',
          entityType: adapter.entityType,
          entityId: p.id,
          after: { importId: job.id, fileName: job.fileName, line: p.line },
        });
      if (p.status !== 'updated') continue;
      const before = Object.fromEntries(Object.entries(p.changes).map(([k, [b]]) => [k, b]));
      const after = Object.fromEntries(Object.entries(p.changes).map(([k, [, a]]) => [k, a]));
      entries.push({
        action: 'import.update',
        entityType: adapter.entityType,
        entityId: p.id,
        before,
        after: { ...after, importId: job.id },
      });
    }
    await this.audit.recordMany(em, ctx, entries);
  }
}
