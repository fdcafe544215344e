import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Generated,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { DecisionVisibility } from '../../permissions/ability';
import type { Person } from '../people/person.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';
import { Meeting } from './meeting.entity';

export const DECISION_METHODS = ['consent', 'vote', 'consensus'] as const;
export type DecisionMethod = (typeof DECISION_METHODS)[number];
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'postponed'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/**
 * A decision as recorded: a proposal, how it was decided, the outcome. Never edited once recorded (a trigger of the
 * migration refuses UPDATE and DELETE): a change is an amendment, a new decision pointing at the one it amends.
 */
@Entity('decisions')
@Index('decisions_decided_on_idx', ['decidedOn'])
@Index('decisions_meeting_idx', ['meetingId'])
@Index('decisions_amends_idx', ['amendsDecisionId'])
@Check(
  'decisions_votes_check',
  `("method" = 'vote') = ("votes_for" IS NOT NULL AND "votes_against" IS NOT NULL AND "votes_abstain" IS NOT NULL)`,
)
export class Decision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** The number people cite ("décision n° 42"), in the order decisions were recorded. */
  @Index('decisions_number_unique', { unique: true })
  @Column({ type: 'integer' })
  @Generated('increment')
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** The proposal's text, as put to the meeting or online. */
  @Column({ type: 'text' })
  proposal: string;

  @Column({ type: 'uuid', nullable: true })
  proposedByPersonId: string | null;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'proposed_by_person_id' })
  proposedBy: Relation<Person> | null;

  /** Taken in a meeting, or online when null (then `onlineLink` may point at the discussion). */
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<Meeting> | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  onlineLink: string | null;

  /** The working group it concerns. */
  @Index('decisions_working_group_idx')
  @Column({ type: 'uuid', nullable: true })
  workingGroupId: string | null;

  // Groups are closed, never deleted: RESTRICT keeps what points at them.
  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'working_group_id' })
  workingGroup: Relation<WorkingGroup> | null;

  @Column({ type: 'varchar', length: 10 })
  method: DecisionMethod;

  @Column({ type: 'integer', nullable: true })
  votesFor: number | null;

  @Column({ type: 'integer', nullable: true })
  votesAgainst: number | null;

  @Column({ type: 'integer', nullable: true })
  votesAbstain: number | null;

  @Column({ type: 'varchar', length: 10 })
  outcome: DecisionOutcome;

  @Column({ type: 'date' })
  decidedOn: string;

  /** Who reads it: every signed-in person (`public`) or the COPIL and the network's team (`copil`); see the ability. */
  @Column({ type: 'varchar', length: 10, default: 'copil' })
  visibility: DecisionVisibility;

  /** Set on an amendment: the decision it amends (always an original, never another amendment). */
  @Column({ type: 'uuid', nullable: true })
  amendsDecisionId: string | null;

  @ManyToOne(() => Decision, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'amends_decision_id' })
  amends: Relation<Decision> | null;

  /** Who recorded it (an account), and when. */
  @Column({ type: 'uuid', nullable: true })
  recordedById: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
