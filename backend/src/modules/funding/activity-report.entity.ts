import { Check, Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { Grant } from './grant.entity';

/** One titled part of an activity report; the body is plain text (paragraphs, and lines starting "- " as a list). */
export interface ActivitySection {
  title: string;
  body: string;
}

/**
 * The activity report ("bilan d'activité") of a grant for a period, as the coordinator edited it. Without a row the
 * report is the draft, worked out afresh from what the app knows; dropping the row brings the draft back.
 */
@Entity('grant_activity_reports')
@Index('grant_activity_reports_period_unique', ['grantId', 'periodFrom', 'periodTo'], { unique: true })
@Check('grant_activity_reports_period_ordered', `"period_to" >= "period_from"`)
export class GrantActivityReport extends BaseEntity {
  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'date' })
  periodFrom: string;

  @Column({ type: 'date' })
  periodTo: string;

  @Column({ type: 'jsonb' })
  sections: ActivitySection[];
}
