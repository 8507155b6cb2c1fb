import { Module } from '@nestjs/common';
import { StorageModule } from '../storage/storage.module.js';
import { DossiersController } from './dossiers.controller.js';
import { DossiersService } from './dossiers.service.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  imports: [StorageModule],
  controllers: [DossiersController],
  providers: [DossiersService, SubmissionsService],
})
export class DossiersModule {}
