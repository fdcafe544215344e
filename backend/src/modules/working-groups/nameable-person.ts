import type { EntityManager } from 'typeorm';
import { ValidationFailed } from '../../common/errors';
import type { RequestContext } from '../../common/request-context';
import type { Person } from '../people/person.entity';
import { WorkingGroupError } from './working-groups.errors';

/**
 * The person a write names (a new term, a volunteer added to a pipeline): one that exists, is not archived, and the
 * caller may read. Anyone else is "unknown" to them, so the answer tells nothing about who is in the directory.
 */
export async function findNameable(em: EntityManager, ctx: RequestContext, personId: string): Promise<Person> {
  const person = await em.findOne<Person>('Person', { where: { id: personId } });
  if (!person || person.archivedAt || !ctx.ability.can('read', person)) {
    throw ValidationFailed.field('personId', WorkingGroupError.UnknownArchivedPerson);
  }
  return person;
}
