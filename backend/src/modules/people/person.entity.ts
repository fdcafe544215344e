import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Membership } from './membership.entity';

@Entity('people')
@Index('people_email_lower_unique', { synchronize: false })
@Index('people_name_idx', ['lastName', 'firstName'])
export class Person extends BaseEntity {
  @Column({ type: 'varchar', length: 100 })
  firstName: string;

  @Column({ type: 'varchar', length: 100 })
  lastName: string;

  /** Unique when present, compared case-insensitively (index on lower(email) in the migration). */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @OneToMany(() => Membership, (m) => m.person)
  memberships: Relation<Membership>[];

  get displayName(): string {
    return `${this.firstName} ${this.lastName}`;
  }
}
