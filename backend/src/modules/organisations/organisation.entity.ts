import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

export const ORGANISATION_KINDS = ['association', 'cooperative', 'collective', 'public_body'] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];
export const MEMBERSHIP_STATUSES = ['candidate', 'member', 'former'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** Names are unique whatever their case: unique index on lower(name), made by the migration. */
@Entity('organisations')
@Index('organisations_name_lower_unique', { synchronize: false })
@Index('organisations_siren_unique', { synchronize: false })
@Index('organisations_rna_unique', { synchronize: false })
export class Organisation extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 20 })
  kind: OrganisationKind;

  @Column({ type: 'varchar', length: 20 })
  membershipStatus: MembershipStatus;

  @Column({ type: 'date', nullable: true })
  candidateSince: string | null;

  @Column({ type: 'date', nullable: true })
  memberSince: string | null;

  @Column({ type: 'date', nullable: true })
  formerSince: string | null;

  @Column({ type: 'date', nullable: true })
  charterSignedOn: string | null;

  @Column({ type: 'boolean', default: false })
  hasCopilSeat: boolean;

  @Column({ type: 'varchar', length: 120, nullable: true })
  territory: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  website: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  contactEmail: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  contactPhone: string | null;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** SIREN (9 digits) and RNA (W + 9 digits): what an import matches an organisation on first. */
  @Column({ type: 'varchar', length: 9, nullable: true })
  siren: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  rna: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
