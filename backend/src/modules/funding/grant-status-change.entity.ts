import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import type { GrantStatus } from './funding-types';
import { Grant } from './grant.entity';

/** Each step of a grant's life, with the day it happened (which may be earlier than the day it was recorded). */
@Entity('grant_status_changes')
@Index('grant_status_changes_grant_idx', ['grantId', 'changedOn'])
export class GrantStatusChange {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: GrantStatus | null;

  @Column({ type: 'varchar', length: 20 })
  status: GrantStatus;

  @Column({ type: 'date' })
  changedOn: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  /** The account that recorded it (null for demo data). */
  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
