import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { streamedUploads } from '../files/upload-options.js';
import { StorageModule } from '../storage/storage.module.js';
import { UsersModule } from '../users/users.module.js';
import { PfmpController } from './pfmp.controller.js';
import { PfmpService } from './pfmp.service.js';

@Module({
  imports: [StorageModule, UsersModule, MulterModule.registerAsync(streamedUploads('pfmp/'))],
  controllers: [PfmpController],
  providers: [PfmpService],
  exports: [PfmpService],
})
export class PfmpModule {}
