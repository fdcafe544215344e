import type { Cents } from '@maillage/emails/money';
import { Check, Column, Entity, Index } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { CentsColumn } from '../../common/cents-column';
import type { ContributionType, ContributionUnit } from './contribution-types';

/** The value of one unit of a type from a given day on; the next rate of the same type and unit ends it. */
@Entity('contribution_rates')
@Check('contribution_rates_not_negative', `"rate_cents" >= 0`)
@Index('contribution_rates_type_unit_from_unique', ['type', 'unit', 'validFrom'], { unique: true })
export class ContributionRate extends BaseEntity {
  @Column({ type: 'varchar', length: 30 })
  type: ContributionType;

  @Column({ type: 'varchar', length: 20 })
  unit: ContributionUnit;

  @Column({ type: 'date' })
  validFrom: string;

  @CentsColumn()
  rateCents: Cents;

  /** How the value was set (e.g. « SMIC horaire chargé », « tarif d’une salle de réunion à Paris »). */
  @Column({ type: 'varchar', length: 200 })
  label: string;
}
