import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';

/** A donation campaign: a goal, dates, an optional public page, and the HelloAsso form its gifts come from. */
@Entity('donation_campaigns')
@Index('donation_campaigns_slug_unique', ['slug'], { unique: true })
export class DonationCampaign extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The public page's address (`/dons/<slug>`). */
  @Column({ type: 'varchar', length: 80 })
  slug: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @CentsColumn({ nullable: true })
  goalCents: number | null;

  @Column({ type: 'date', nullable: true })
  startsOn: string | null;

  @Column({ type: 'date', nullable: true })
  endsOn: string | null;

  /** Opt-in: the public page shows the amount raised and the number of donors. */
  @Column({ type: 'boolean', default: false })
  publicPage: boolean;

  /** The HelloAsso form (type and slug) whose orders are this campaign's gifts. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  helloassoFormType: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  helloassoFormSlug: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
