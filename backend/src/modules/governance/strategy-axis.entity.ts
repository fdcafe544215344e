import { Column, Entity, Index, OneToMany, type Relation } from 'typeorm';
import { BaseEntity } from '../../common/base.entity';
import { StrategyAction } from './strategy-action.entity';

/** An axis of the network's strategy ("Faire système"), e.g. "Le renforcement du projet". */
@Entity('strategy_axes')
export class StrategyAxis extends BaseEntity {
  @Index('strategy_axes_number_unique', { unique: true })
  @Column({ type: 'integer' })
  number: number;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @OneToMany(() => StrategyAction, (a) => a.axis)
  actions: Relation<StrategyAction>[];
}
