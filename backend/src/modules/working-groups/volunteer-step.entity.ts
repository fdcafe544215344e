import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { GroupVolunteer, type PipelineStage } from './group-volunteer.entity';

/** One move in a volunteer's pipeline: to which stage, when, and by whom (null: the volunteer, through the form). */
@Entity('working_group_volunteer_steps')
@Index('working_group_volunteer_steps_entry_idx', ['entryId', 'at'])
export class VolunteerStep {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => GroupVolunteer, (e) => e.steps, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'entry_id' })
  entry: Relation<GroupVolunteer>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStage: PipelineStage | null;

  @Column({ type: 'varchar', length: 20 })
  stage: PipelineStage;

  @Column({ type: 'timestamptz' })
  at: Date;

  /** The account that moved the card. */
  @Column({ type: 'uuid', nullable: true })
  byId: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;
}
