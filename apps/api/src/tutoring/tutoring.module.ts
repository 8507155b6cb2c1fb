import { Module } from '@nestjs/common';
import { TutoringController } from './tutoring.controller.js';
import { TutoringService } from './tutoring.service.js';

@Module({
  controllers: [TutoringController],
  providers: [TutoringService],
  exports: [TutoringService],
})
export class TutoringModule {}
