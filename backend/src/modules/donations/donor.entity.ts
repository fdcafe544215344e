import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { Organisation } from '../organisations/organisation.entity';
import type { Person } from '../people/person.entity';
import type { DonorKind } from './donation-types';

/**
 * Someone who gives: a person or an organisation, linked to the network's own record when one matches (a person by
 * email, an organisation by SIREN or name). Personal data: read by the coordinator and the treasurer only.
 */
@Entity('donors')
@Index('donors_email_lower', { synchronize: false })
export class Donor extends BaseEntity {
  @Column({ type: 'varchar', length: 20 })
  kind: DonorKind;

  @Column({ type: 'varchar', length: 100, nullable: true })
  firstName: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  lastName: string | null;

  /** For an organisation's gift. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  organisationName: string | null;

  @Column({ type: 'varchar', length: 9, nullable: true })
  siren: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 300, nullable: true })
  address: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  postcode: string | null;

  @Column({ type: 'varchar', length: 100, nullable: true })
  city: string | null;

  /** The donor agreed to be named on public pages. */
  @Column({ type: 'boolean', default: false })
  publicName: boolean;

  @Column({ type: 'uuid', nullable: true })
  personId: string | null;

  @ManyToOne('Person', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'person_id' })
  person?: Relation<Person> | null;

  @Column({ type: 'uuid', nullable: true })
  organisationId: string | null;

  @ManyToOne('Organisation', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: Relation<Organisation> | null;
}
