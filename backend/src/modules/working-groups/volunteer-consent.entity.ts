import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Person } from '../people/person.entity';

/**
 * Proof of a consent given on the public sign-up form: which version of the text, the exact words shown in the
 * visitor's language, when and from where. One row per sign-up, never changed.
 */
@Entity('volunteer_consents')
@Index('volunteer_consents_person_idx', ['personId'])
export class VolunteerConsent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  /** The group the form was filled for. */
  @Column({ type: 'uuid', nullable: true })
  groupId: string | null;

  @Column({ type: 'varchar', length: 20 })
  version: string;

  @Column({ type: 'varchar', length: 2 })
  locale: 'fr' | 'en';

  @Column({ type: 'text' })
  text: string;

  @Column({ type: 'timestamptz' })
  givenAt: Date;

  @Column({ type: 'varchar', length: 64, nullable: true })
  ip: string | null;
}
