import type { EntityManager } from 'typeorm';
import type { Text } from '../../../common/error-catalogue';
import type { AppAbility } from '../../../permissions/ability';
import type { FieldSpec, RowReader } from '../fields';
import type { ImportKind } from '../import-job.entity';

/**
 * Who imports: their rights (a row they could not enter by hand is refused), and what records keep of them (a
 * contribution's `enteredById`, a consent's proof).
 */
export interface ImportContext {
  ability: AppAbility;
  userId: string;
  ip: string | null;
  fileName: string;
}

export type RowStatus = 'created' | 'updated' | 'unchanged';

/** What one valid row will do, found against the database: the record's id when it exists, the fields that move. */
export interface RowPlan<V> {
  line: number;
  value: V;
  status: RowStatus;
  id: string | null;
  /** Field → [before, after], for an update. */
  changes: Record<string, [unknown, unknown]>;
}

/**
 * One kind of record an import brings in. It reads a row into a value, names its natural keys (a second row with the
 * same key is a duplicate), plans a batch against the database and writes it. Adapters write through the owning
 * domain's tables by entity name, inside the import's transaction; they never commit.
 */
export interface ImportAdapter<V> {
  kind: ImportKind;
  /** The audited entity type. */
  entityType: string;
  fields: FieldSpec[];
  read(row: RowReader): V | undefined;
  keys(value: V): string[];
  /** A short name of the record for the dry run's table. */
  label(value: V): string;
  plan(
    em: EntityManager,
    rows: { line: number; value: V }[],
    fail: (line: number, field: string, text: Text) => void,
    by: ImportContext,
  ): Promise<RowPlan<V>[]>;
  /** Inserts the created rows (batched) and updates the changed ones; fills the created rows' ids. */
  write(em: EntityManager, plans: RowPlan<V>[], by: ImportContext): Promise<void>;
}

/** Field → [before, after] of the values that differ (null and empty the same). */
export function changed<V extends object>(
  before: Partial<Record<keyof V, unknown>>,
  after: V,
): Record<string, [unknown, unknown]> {
  const out: Record<string, [unknown, unknown]> = {};
  for (const [k, v] of Object.entries(after)) {
    // An empty cell leaves the stored value: an import adds and corrects, it never erases.
    if (v === undefined || v === null) continue;
    const b = before[k as keyof V] ?? null;
    if ((b ?? null) !== (v ?? null)) out[k] = [b, v];
  }
  return out;
}
