import { subject } from '@casl/ability';
import type { EntityManager } from 'typeorm';
import { Forbidden, ValidationFailed } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import { maybeOne, sql } from '../../database/sql';
import { col } from '../../database/sql-columns';
import { EventError } from './events.errors';

/**
 * A kit's or event's owning group, as the caller leaves it: a group that exists (a field error, never a 500), and one
 * whose kits or events they may still manage (a referent cannot hand theirs to another group).
 */
export async function checkOwningGroup(
  em: EntityManager,
  ctx: RequestContext,
  kind: 'Kit' | 'TrainingEvent',
  values: { groupId: string },
  action: 'create' | 'update',
): Promise<void> {
  const found = await maybeOne(em, sql`SELECT id FROM working_groups WHERE id = ${values.groupId}`, { id: col.uuid });
  if (!found) throw ValidationFailed.field('groupId', EventError.UnknownGroup);
  if (!ctx.ability.can(action, subject(kind, { ...values }))) throw new Forbidden(EventError.GroupNotYours);
}
