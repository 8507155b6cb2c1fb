import { Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { StorageModule } from '../storage/storage.module.js';
import { FilesController } from './files.controller.js';
import { TraceFilesService } from './trace-files.service.js';
import { streamedUploads } from './upload-options.js';

@Module({
  imports: [StorageModule, MulterModule.registerAsync(streamedUploads('traces/'))],
  controllers: [FilesController],
  providers: [TraceFilesService],
  exports: [TraceFilesService],
})
export class FilesModule {}
