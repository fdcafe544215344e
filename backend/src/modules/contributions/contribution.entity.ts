import type { Cents } from '@maillage/emails/money';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { Account } from '../../auth/account.entity';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import type { Grant } from '../funding/grant.entity';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from '../people/person.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';
import { ContributionRate } from './contribution-rate.entity';
import type { ContributionStatus, ContributionType, ContributionUnit } from './contribution-types';

/**
 * What an organisation or a person brought to the common project. Indexes follow the lists and totals:
 * by organisation, type or status over a period (`starts_on`), plus the links other modules aggregate on.
 * The type-and-period index is keyed (type, starts_on, id), the list's order, and carries (INCLUDE, written in the
 * migration) every column the permission filter, the count and the sum read: a list is served by index-only scans.
 */
@Entity('contributions')
@Check('contributions_quantity_positive', `"quantity" > 0`)
@Check('contributions_value_not_negative', `"value_cents" >= 0`)
@Check('contributions_period_ordered', `"ends_on" >= "starts_on"`)
@Index('contributions_organisation_starts_idx', ['organisationId', 'startsOn'])
@Index('contributions_type_starts_idx', { synchronize: false })
@Index('contributions_status_starts_idx', ['status', 'startsOn'])
@Index('contributions_group_idx', ['workingGroupId', 'startsOn'], { where: 'working_group_id IS NOT NULL' })
@Index('contributions_grant_idx', ['grantId', 'startsOn'], { where: 'grant_id IS NOT NULL' })
export class Contribution extends BaseEntity {
  /** Null for a person who gives in their own name (a volunteer without a structure, a contractor). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation> | null;

  /** Who gave it (their time, their room). Distinct from who typed it in: the four-eyes rule looks at both. */
  @Index('contributions_person_idx')
  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person> | null;

  @Index('contributions_entered_by_idx')
  @Column({ type: 'uuid' })
  enteredById: string;

  @ManyToOne(() => Account, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'entered_by_id' })
  enteredBy: Relation<Account>;

  @Column({ type: 'varchar', length: 30 })
  type: ContributionType;

  @Column({ type: 'varchar', length: 20 })
  unit: ContributionUnit;

  /** The day it was given, or the first day of the period; rates and period totals use this day. */
  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'numeric', precision: 12, scale: 2 })
  quantity: string;

  /** A justified value given instead of the rate table (null when valued by rate or a sum of money). */
  @CentsColumn({ nullable: true })
  amountCents: Cents | null;

  /** The rate it was valued with, kept even if the table changes later. */
  @Index('contributions_rate_idx')
  @Column({ type: 'uuid', nullable: true })
  rateId: string | null;

  @ManyToOne(() => ContributionRate, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'rate_id' })
  rate: Relation<ContributionRate> | null;

  @CentsColumn({ nullable: true })
  rateCents: Cents | null;

  @CentsColumn()
  valueCents: Cents;

  @Column({ type: 'text' })
  description: string;

  /** The working group it was given for: its lead then sees it (and, for working time, logs and submits it). */
  @Column({ type: 'uuid', nullable: true })
  workingGroupId: string | null;

  // Groups and grants are archived (closed), never deleted: RESTRICT keeps the contributions counted against them.
  // Named, not imported: another domain's entity is a type here (see docs/layering.md).
  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup: Relation<WorkingGroup> | null;

  /** The grant it co-finances (valued in-kind contributions count in the grant's financial report). */
  @Column({ type: 'uuid', nullable: true })
  grantId: string | null;

  @ManyToOne('Grant', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  evidenceUrl: string | null;

  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: ContributionStatus;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  submittedById: string | null;

  /** When and by whom it was validated or rejected. */
  @Column({ type: 'timestamptz', nullable: true })
  reviewedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  reviewedById: string | null;

  @Column({ type: 'text', nullable: true })
  rejectionReason: string | null;
}
