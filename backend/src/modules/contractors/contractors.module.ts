import { Module } from '@nestjs/common';
import { ContractorsController } from './contractors.controller';
import { ContractorsService } from './contractors.service';

/**
 * Contractors' missions (job description, period, days per month, daily rate, paying budget line) and their time.
 * Exports the service: the funding module reads `valuedTimeByBudgetLine` for its budget lines' actual spending.
 */
@Module({ controllers: [ContractorsController], providers: [ContractorsService], exports: [ContractorsService] })
export class ContractorsModule {}
