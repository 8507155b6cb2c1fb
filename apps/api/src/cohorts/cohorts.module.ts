import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UsersModule } from '../users/users.module.js';
import { Cohort } from './cohort.entity.js';
import { CohortsController } from './cohorts.controller.js';
import { CohortsService } from './cohorts.service.js';
import { Establishment } from './establishment.entity.js';
import { TeacherCohort } from './teacher-cohort.entity.js';

@Module({
  imports: [TypeOrmModule.forFeature([Establishment, Cohort, TeacherCohort]), UsersModule],
  controllers: [CohortsController],
  providers: [CohortsService],
})
export class CohortsModule {}
