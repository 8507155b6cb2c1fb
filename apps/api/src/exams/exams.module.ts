import { Module } from '@nestjs/common';
import { DossiersModule } from '../dossiers/dossiers.module.js';
import { UsersModule } from '../users/users.module.js';
import { EvaluationsService } from './evaluations.service.js';
import { ExamsController } from './exams.controller.js';
import { ExamsService } from './exams.service.js';
import { SessionCandidatesService } from './session-candidates.service.js';

@Module({
  imports: [DossiersModule, UsersModule],
  controllers: [ExamsController],
  providers: [ExamsService, SessionCandidatesService, EvaluationsService],
})
export class ExamsModule {}
