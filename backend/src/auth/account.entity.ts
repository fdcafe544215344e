import { Column, Entity, Index, JoinColumn, OneToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../common/base.entity';
import type { Role } from './roles';

/**
 * What auth reads and writes of the person an account belongs to: the people domain's `Person` entity, named as a
 * string so that infrastructure imports no domain.
 */
export interface AccountPerson {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
}

/** A person who can sign in. Not every person has one. */
@Entity('accounts')
export class Account extends BaseEntity {
  @Column({ type: 'uuid' })
  personId: string;

  @OneToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<AccountPerson>;

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

  /** How they hear of their notifications by email (`immediate`, `digest`, `off`): theirs to choose. */
  @Column({ type: 'varchar', length: 10, default: 'digest' })
  notificationEmail: 'immediate' | 'digest' | 'off';

  @Column({ type: 'timestamptz', nullable: true })
  disabledAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  /** The TOTP secret (base32) once the second factor is on; never leaves the server after enrolment. */
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  totpSecret: string | null;

  /** A secret shown during enrolment, kept until a first code proves the app has it. */
  @Column({ type: 'varchar', length: 64, nullable: true, select: false })
  totpPendingSecret: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  totpEnabledAt: Date | null;

  /** The last time step a code was accepted for: a code is good once (RFC 6238 §5.2). */
  @Column({ type: 'bigint', nullable: true, select: false })
  totpLastStep: string | null;

  /** SHA-256 of the unused recovery codes (random, high entropy: a fast hash is enough). */
  @Column({ type: 'text', array: true, default: () => "'{}'", select: false })
  recoveryCodeHashes: string[];
}
