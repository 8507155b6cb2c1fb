import { Module } from '@nestjs/common';
import { PfmpModule } from '../pfmp/pfmp.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { DossiersController } from './dossiers.controller.js';
import { DossiersService } from './dossiers.service.js';
import { ShareLinksService } from './share-links.service.js';
import { SharedController } from './shared.controller.js';
import { SubmissionsService } from './submissions.service.js';

@Module({
  imports: [StorageModule, PfmpModule],
  controllers: [DossiersController, SharedController],
  providers: [DossiersService, SubmissionsService, ShareLinksService],
  exports: [SubmissionsService],
})
export class DossiersModule {}
