import { Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';

/** A list people subscribe to: the public newsletter, the COPIL's internal one, one per territory… */
@Entity('newsletter_lists')
export class NewsletterList extends BaseEntity {
  /** Stable short name, used in List-Id. */
  @Index('newsletter_lists_key_unique', { unique: true })
  @Column({ type: 'varchar', length: 60 })
  key: string;

  @Column({ type: 'varchar', length: 120 })
  name: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Offered on the public subscribe form. */
  @Column({ type: 'boolean', default: false })
  isPublic: boolean;

  @Column({ type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
