import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service';

/** Scheduled jobs that run once across processes (see JobRunner); every module's timers go through it. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
