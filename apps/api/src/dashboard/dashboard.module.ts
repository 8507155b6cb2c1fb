import { Module } from '@nestjs/common';
import { CohortDashboardController } from './cohort-dashboard.controller.js';
import { CohortDashboardService } from './cohort-dashboard.service.js';

@Module({
  controllers: [CohortDashboardController],
  providers: [CohortDashboardService],
})
export class DashboardModule {}
