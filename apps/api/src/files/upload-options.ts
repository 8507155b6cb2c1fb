import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { FileInterceptor, type MulterModuleAsyncOptions } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes, ApiResponse } from '@nestjs/swagger';
import type { Environment } from '../config/environment.js';
import { ScanningModule } from '../scanning/scanning.module.js';
import { UploadScanner } from '../scanning/upload-scanner.js';
import { ObjectStorage } from '../storage/object-storage.service.js';
import { StorageModule } from '../storage/storage.module.js';
import { S3StorageEngine, STREAM_BUFFER } from './s3-storage-engine.js';

/**
 * Multer settings for a module that takes uploads: one file per request, streamed to S3 under
 * `prefix` by S3StorageEngine (and to clamd when CLAMAV_HOST is set), at most MAX_UPLOAD_BYTES.
 */
export function streamedUploads(prefix: string): MulterModuleAsyncOptions {
  return {
    imports: [StorageModule, ScanningModule],
    inject: [ObjectStorage, ConfigService, UploadScanner],
    useFactory: (
      storage: ObjectStorage,
      config: ConfigService<Environment, true>,
      scanner: UploadScanner,
    ) => ({
      storage: new S3StorageEngine(storage, prefix, scanner),
      limits: { fileSize: config.get('MAX_UPLOAD_BYTES', { infer: true }), files: 1, fields: 10 },
      // File names arrive in UTF-8 (accents); busboy's default would read them as Latin-1.
      defParamCharset: 'utf8',
      fileHwm: STREAM_BUFFER,
    }),
  };
}

/**
 * What an upload route declares: one multipart `file` field through the streamed engine, and the
 * refusals every upload can get (the messages say which).
 */
export function StreamedUpload(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(FileInterceptor('file')),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary' } },
      },
    }),
    ApiResponse({ status: 413, description: 'Larger than MAX_UPLOAD_BYTES' }),
    ApiResponse({ status: 415, description: 'A type the platform does not accept' }),
    ApiResponse({ status: 422, description: 'The antivirus found a virus (nothing stored)' }),
    ApiResponse({ status: 503, description: 'Storage or antivirus unavailable (nothing stored)' }),
  );
}
