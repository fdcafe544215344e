import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { ReportKind, ReportStatus } from './funding-types';
import { Grant } from './grant.entity';

/** A report a funder requires (interim, final financial report…): due on a day, then sent (with the document). */
@Entity('grant_reports')
@Check('grant_reports_sent_dated', `"status" = 'due' OR "sent_on" IS NOT NULL`)
@Index('grant_reports_grant_idx', ['grantId', 'dueOn'])
@Index('grant_reports_due_idx', ['dueOn'], { where: `status = 'due'` })
export class GrantReport extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 20 })
  kind: ReportKind;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'varchar', length: 20, default: 'due' })
  status: ReportStatus;

  @Column({ type: 'date', nullable: true })
  sentOn: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  documentUrl: string | null;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  notes: string | null;
}
