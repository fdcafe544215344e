import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { Person } from '../people/person.entity';
import { VolunteerStep } from './volunteer-step.entity';
import { WorkingGroup } from './working-group.entity';

export const PIPELINE_STAGES = ['new', 'welcomed', 'active', 'paused', 'left'] as const;
export type PipelineStage = (typeof PIPELINE_STAGES)[number];

export const VOLUNTEER_SOURCES = ['signup_form', 'added'] as const;
export type VolunteerSource = (typeof VOLUNTEER_SOURCES)[number];

/** A volunteer in one group's onboarding pipeline: where they stand now; `steps` keeps every move. */
@Entity('working_group_volunteers')
@Index('working_group_volunteers_group_person_unique', ['groupId', 'personId'], { unique: true })
@Index('working_group_volunteers_person_idx', ['personId'])
export class GroupVolunteer {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  groupId: string;

  @ManyToOne(() => WorkingGroup, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<WorkingGroup>;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 20 })
  stage: PipelineStage;

  @Column({ type: 'timestamptz' })
  stageChangedAt: Date;

  /** What the volunteer wrote when offering to join. */
  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'varchar', length: 20 })
  source: VolunteerSource;

  /** When the welcome person was reminded that this volunteer waits (once per wait, claimed atomically). */
  @Column({ type: 'timestamptz', nullable: true })
  reminderSentAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @OneToMany(() => VolunteerStep, (s) => s.entry)
  steps: Relation<VolunteerStep>[];
}
