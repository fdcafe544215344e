import { Column, Entity, Index, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import { Person } from '../modules/people/person.entity';
import type { Role } from './roles';

/** A person who can sign in. Not every person has one. */
@Entity('accounts')
export class Account extends BaseEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @OneToOne(() => Person, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  /** Stored lower-cased; unique. */
  @Index('accounts_email_unique', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email: string;

  @Column({ type: 'varchar', length: 200, nullable: true, select: false })
  passwordHash: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles: Role[];

  @Column({ type: 'varchar', length: 2, default: 'fr' })
  locale: 'fr' | 'en';

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;
}
