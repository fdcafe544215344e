import { Column, Entity, Index, JoinColumn, ManyToOne, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import type { Person } from '../people/person.entity';

export const PRIVACY_REQUEST_KINDS = ['access', 'erasure', 'portability'] as const;
export type PrivacyRequestKind = (typeof PRIVACY_REQUEST_KINDS)[number];

export const PRIVACY_REQUEST_STATUSES = ['pending', 'done'] as const;
export type PrivacyRequestStatus = (typeof PRIVACY_REQUEST_STATUSES)[number];

/**
 * A request a person made under the GDPR (articles 15, 17, 20). It holds no free text on purpose: an erasure must
 * leave nothing that names the person, and the request itself is kept as proof that it was answered in time.
 */
@Entity('privacy_requests')
@Index('privacy_requests_status_deadline_idx', ['status', 'deadline'])
export class PrivacyRequest extends BaseEntity {
  @Index('privacy_requests_person_idx')
  @Column({ type: 'uuid' })
  personId: string;

  @ManyToOne('Person', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'person_id' })
  person: Relation<Person>;

  @Column({ type: 'varchar', length: 20 })
  kind: PrivacyRequestKind;

  @Column({ type: 'timestamptz' })
  receivedAt: Date;

  /** One month after receipt, reckoned in Paris (article 12.3). */
  @Column({ type: 'date' })
  deadline: string;

  @Column({ type: 'varchar', length: 20, default: 'pending' })
  status: PrivacyRequestStatus;

  @Column({ type: 'uuid', nullable: true })
  handledById: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  handledAt: Date | null;
}
