import type { Cents } from '@maillage/emails/money';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import { numericAsNumber } from '../../common/numeric';
import type { GrantBudgetLine } from '../funding/grant-budget-line.entity';
import type { Grant } from '../funding/grant.entity';
import type { Person } from '../people/person.entity';

/** A contractor's mission: what they do, when, how many days a month, at what daily rate, paid by which budget line. */
@Entity('missions')
@Index('missions_contractor_idx', ['contractorPersonId'])
@Index('missions_budget_line_idx', ['budgetLineId'])
@Check('missions_period_check', '"ends_on" >= "starts_on"')
export class Mission extends BaseEntity {
  @Column({ type: 'uuid' })
  contractorPersonId: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'contractor_person_id' })
  contractor: Relation<Person>;

  /** The contractor's company, when they invoice through one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  company: string | null;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** Rich text (sanitised HTML): the job description the COPIL reworks. */
  @Column({ type: 'text' })
  jobDescription: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;

  @Column({ type: 'numeric', precision: 5, scale: 2, transformer: numericAsNumber })
  daysPerMonth: number;

  /** Secret: only the coordinator and the contractor themselves read it (see the ability). */
  @CentsColumn()
  dailyRateCents: Cents;

  /** How many hours make a day, to turn time logged in hours into days. */
  @Column({ type: 'numeric', precision: 4, scale: 2, default: 7, transformer: numericAsNumber })
  hoursPerDay: number;

  /** The grant that pays for it; grants are closed, never deleted. */
  @Column({ type: 'uuid', nullable: true })
  grantId: string | null;

  @ManyToOne('Grant', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant> | null;

  /** A line of that grant's budget; a line a mission is charged to cannot be removed (the service says why). */
  @Column({ type: 'uuid', nullable: true })
  budgetLineId: string | null;

  @ManyToOne('GrantBudgetLine', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'budget_line_id' })
  budgetLine: Relation<GrantBudgetLine> | null;
}
