import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { MulterModule } from '@nestjs/platform-express';
import type { Environment } from '../config/environment.js';
import { StorageModule } from '../storage/storage.module.js';
import { ObjectStorage } from '../storage/object-storage.service.js';
import { FilesController } from './files.controller.js';
import { S3StorageEngine, STREAM_BUFFER } from './s3-storage-engine.js';
import { TraceFilesService } from './trace-files.service.js';
import { TraceOwnerGuard } from './trace-owner.guard.js';

@Module({
  imports: [
    StorageModule,
    MulterModule.registerAsync({
      imports: [StorageModule],
      inject: [ObjectStorage, ConfigService],
      useFactory: (storage: ObjectStorage, config: ConfigService<Environment, true>) => ({
        storage: new S3StorageEngine(storage, 'traces/'),
        limits: { fileSize: config.get('MAX_UPLOAD_BYTES', { infer: true }), files: 1, fields: 10 },
        // File names arrive in UTF-8 (accents); busboy's default would read them as Latin-1.
        defParamCharset: 'utf8',
        fileHwm: STREAM_BUFFER,
      }),
    }),
  ],
  controllers: [FilesController],
  providers: [TraceFilesService, TraceOwnerGuard],
  exports: [TraceFilesService],
})
export class FilesModule {}
