import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Organisation } from '../organisations/organisation.entity';
import { Person } from './person.entity';

export const MEMBERSHIP_ROLES = ['representative', 'copil_member', 'staff', 'volunteer'] as const;
export type MembershipRole = (typeof MEMBERSHIP_ROLES)[number];

/** A person's link to an organisation, with the role they hold there. */
@Entity('memberships')
@Index('memberships_person_org_role_unique', ['personId', 'organisationId', 'role'], { unique: true })
export class Membership {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne(() => Person, (p) => p.memberships, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Index('memberships_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation>;

  @Column({ type: 'varchar', length: 20 })
  role: MembershipRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
