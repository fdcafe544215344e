import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { FunderKind } from './funding-types';
import { FunderContact } from './funder-contact.entity';

/**
 * Who gives money: a foundation, a public body, a company, a donor, or a donation campaign. Names unique in any case.
 */
@Entity('funders')
@Index('funders_name_lower_unique', { synchronize: false })
export class Funder extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** `public_body` grants count towards the public-funding thresholds. */
  @Column({ type: 'varchar', length: 20 })
  kind: FunderKind;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @OneToMany(() => FunderContact, (c) => c.funder)
  contacts: Relation<FunderContact>[];
}
