import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Source, type OnboardingStep } from './source.entity';

/** One dated step of a source's onboarding: reached on which day, noted by whom. */
@Entity('source_steps')
@Index('source_steps_source_idx', ['sourceId', 'reachedOn'])
export class SourceStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  sourceId: string;

  @ManyToOne(() => Source, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'source_id' })
  source: Relation<Source>;

  @Column({ type: 'varchar', length: 30 })
  step: OnboardingStep;

  @Column({ type: 'date' })
  reachedOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** The account that recorded it (null: the demo data). */
  @Column({ type: 'uuid', nullable: true })
  byId: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  at: Date;
}
