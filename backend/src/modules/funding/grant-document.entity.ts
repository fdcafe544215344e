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
import type { DocumentKind } from './funding-types';
import { Grant } from './grant.entity';

/** A link to a document kept elsewhere (shared drive, funder's portal): the application, the signed agreement… */
@Entity('grant_documents')
@Index('grant_documents_grant_idx', ['grantId'])
export class GrantDocument {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  grantId: string;

  @ManyToOne(() => Grant, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'grant_id' })
  grant: Relation<Grant>;

  @Column({ type: 'varchar', length: 20 })
  kind: DocumentKind;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'varchar', length: 500 })
  url: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
