import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Funder } from './funder.entity';

/** A person to talk to at a funder (programme officer, accountant…); replaced as a set when the funder is edited. */
@Entity('funder_contacts')
export class FunderContact {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('funder_contacts_funder_idx')
  @Column({ type: 'uuid' })
  funderId: string;

  @ManyToOne(() => Funder, (f) => f.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'funder_id' })
  funder: Relation<Funder>;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 120, nullable: true })
  role: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  phone: string | null;

  /** Order shown, as entered. */
  @Column({ type: 'smallint' })
  position: number;
}
