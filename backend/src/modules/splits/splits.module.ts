import { Module } from '@nestjs/common';
import { SplitCalculator } from './split-calculator.service';
import { SplitPaymentsService } from './split-payments.service';
import { SplitStatementsService } from './split-statements.service';
import { SplitsController } from './splits.controller';
import { SplitsService } from './splits.service';

@Module({
  controllers: [SplitsController],
  providers: [SplitCalculator, SplitsService, SplitPaymentsService, SplitStatementsService],
  exports: [SplitsService],
})
export class SplitsModule {}
