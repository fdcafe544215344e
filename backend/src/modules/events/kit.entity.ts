import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';

/** Who a kit or a training is meant for. */
export const AUDIENCES = ['source', 'ambassador', 'copil', 'public'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** A kit (guide, slides, templates) a working group keeps for sources, ambassadors, COPIL members or the public. */
@Entity('kits')
@Index('kits_group_idx', ['groupId'])
export class Kit extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 20 })
  audience: Audience;

  /** The working group that keeps it current: its referents edit it. */
  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<WorkingGroup>;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Where the kit lives (shared drive, wiki, files): one URL each. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  links: string[];

  @Column({ type: 'varchar', length: 40 })
  version: string;

  @Column({ type: 'date' })
  publishedOn: string;
}
