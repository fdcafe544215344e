import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from '../people/person.entity';
import type { WorkingGroup } from '../working-groups/working-group.entity';

export const SOURCE_DATA_KINDS = ['places', 'events', 'actors'] as const;
export type SourceDataKind = (typeof SOURCE_DATA_KINDS)[number];
export const FEED_KINDS = ['gogocarto', 'csv', 'json', 'semantic_bus'] as const;
export type FeedKind = (typeof FEED_KINDS)[number];
/** The onboarding path, in order: a source moves forward (or back) along it. */
export const ONBOARDING_STEPS = [
  'first_contact',
  'agreement_signed',
  'technical_connection',
  'first_import',
  'quality_review',
  'training_done',
  'autonomous',
] as const;
export type OnboardingStep = (typeof ONBOARDING_STEPS)[number];
/** unknown: never read; ok; failing: the last reading failed; stale: read, but unchanged for FEED_STALE_DAYS. */
export const FEED_HEALTHS = ['unknown', 'ok', 'failing', 'stale'] as const;
export type FeedHealth = (typeof FEED_HEALTHS)[number];

/** A database that feeds the network's map (a Gogocarto instance, a file, a semantic-bus endpoint). */
@Entity('sources')
@Index('sources_name_lower_unique', { synchronize: false })
@Index('sources_organisation_idx', ['organisationId'])
@Index('sources_group_idx', ['groupId'])
export class Source extends BaseEntity {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  /** The member organisation that keeps the data; null for a partner still being approached (`partnerName`). */
  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'organisation_id' })
  organisation: Relation<Organisation> | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  partnerName: string | null;

  @Column({ type: 'varchar', length: 10 })
  dataKind: SourceDataKind;

  @Column({ type: 'varchar', length: 120, nullable: true })
  licence: string | null;

  @Column({ type: 'varchar', length: 20 })
  feedKind: FeedKind;

  @Column({ type: 'varchar', length: 500, nullable: true })
  feedUrl: string | null;

  /** The working group that follows the source: its referents edit it. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @ManyToOne('WorkingGroup', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'group_id' })
  group: Relation<WorkingGroup> | null;

  /** The source's own referent: told when its feed fails or goes stale. */
  @Column({ type: 'uuid', nullable: true })
  referentPersonId: string | null;

  @ManyToOne('Person', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'referent_person_id' })
  referent: Relation<Person> | null;

  /** Other contact people, in words (names, roles, how to reach them). */
  @Column({ type: 'text', nullable: true })
  contacts: string | null;

  @Column({ type: 'varchar', length: 30 })
  step: OnboardingStep;

  /** Who is in charge of the next step, and by when: overdue steps are reminded once. */
  @Column({ type: 'uuid', nullable: true })
  nextStepOwnerId: string | null;

  @ManyToOne('Person', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'next_step_owner_id' })
  nextStepOwner: Relation<Person> | null;

  @Column({ type: 'date', nullable: true })
  nextStepDueOn: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  nextStepRemindedAt: Date | null;

  @Column({ type: 'varchar', length: 10, default: 'unknown' })
  health: FeedHealth;

  @Column({ type: 'timestamptz', nullable: true })
  lastCheckedAt: Date | null;

  /** Since when the feed has failed without a success in between (null: it works). */
  @Column({ type: 'timestamptz', nullable: true })
  failingSince: Date | null;

  /** When the records last changed, as the feed says or as the checks saw. */
  @Column({ type: 'timestamptz', nullable: true })
  lastChangeAt: Date | null;

  /** The alert of the current episode (failure or staleness) was sent: one per episode. */
  @Column({ type: 'timestamptz', nullable: true })
  alertSentAt: Date | null;

  /** The validators of the last reading, for a conditional request next time. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  feedEtag: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  feedLastModified: string | null;

  /** The records' keys at the last reading: what was added and removed is counted against them. */
  @Column({ type: 'text', array: true, nullable: true })
  recordKeys: string[] | null;
}
