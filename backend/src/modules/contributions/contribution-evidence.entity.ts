import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { Contribution } from './contribution.entity';

/**
 * A file that justifies a contribution (an invoice, a room booking), kept in PostgreSQL so API processes stay
 * stateless.
 */
@Entity('contribution_evidence')
export class ContributionEvidence {
  @PrimaryColumn({ type: 'uuid' })
  contributionId: string;

  @OneToOne(() => Contribution, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contribution_id' })
  contribution: Relation<Contribution>;

  @Column({ type: 'varchar', length: 200 })
  fileName: string;

  @Column({ type: 'varchar', length: 100 })
  contentType: string;

  @Column({ type: 'integer' })
  size: number;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @CreateDateColumn({ type: 'timestamptz' })
  uploadedAt: Date;
}
