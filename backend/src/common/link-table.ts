import { In, type EntityManager, type ObjectLiteral } from 'typeorm';

/**
 * One side of a join table that links two kinds of record (entity named by string, so a module can use a link
 * table another module owns without importing its files). `position` is the owning side's order: an owner reads its
 * links in that order and replaces them whole; the other side reads them by id and adds itself at the owners' ends.
 */
export interface LinkSide {
  entity: string;
  /** The property holding this side's id. */
  self: string;
  /** The property holding the linked record's id. */
  other: string;
  owner: boolean;
}

/** The other side's ids for each of `ids` (every one present, possibly empty). */
export async function linksOf(em: EntityManager, side: LinkSide, ids: string[]): Promise<Map<string, string[]>> {
  const linked = new Map(ids.map((id) => [id, [] as string[]]));
  if (ids.length === 0) return linked;
  const rows = await em.getRepository<Record<string, string>>(side.entity).find({
    where: { [side.self]: In(ids) },
    order: side.owner ? { position: 'ASC', [side.other]: 'ASC' } : { [side.other]: 'ASC' },
  });
  for (const row of rows) linked.get(row[side.self])!.push(row[side.other]);
  return linked;
}

/** Replaces the links of one record by `ids` (duplicates ignored); returns those it had, for the audit. */
export async function setLinks(em: EntityManager, side: LinkSide, id: string, ids: string[]): Promise<string[]> {
  const wanted = [...new Set(ids)];
  const repo = em.getRepository<ObjectLiteral>(side.entity);
  const before = (await linksOf(em, side, [id])).get(id)!;
  if (side.owner) {
    await repo.delete({ [side.self]: id });
    if (wanted.length)
      await repo.insert(wanted.map((other, position) => ({ [side.self]: id, [side.other]: other, position })));
    return before;
  }
  const gone = before.filter((other) => !wanted.includes(other));
  if (gone.length) await repo.delete({ [side.self]: id, [side.other]: In(gone) });
  const added = wanted.filter((other) => !before.includes(other));
  if (added.length) {
    const ends: { owner: string; last: number }[] = await repo
      .createQueryBuilder('l')
      .select(`l.${side.other}`, 'owner')
      .addSelect('max(l.position)::int', 'last')
      .where(`l.${side.other} IN (:...added)`, { added })
      .groupBy(`l.${side.other}`)
      .getRawMany();
    const last = new Map(ends.map((e) => [e.owner, e.last]));
    await repo.insert(
      added.map((other) => ({ [side.self]: id, [side.other]: other, position: (last.get(other) ?? -1) + 1 })),
    );
  }
  return before;
}
