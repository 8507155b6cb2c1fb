import { Module } from '@nestjs/common';
import { UploadScanner } from './upload-scanner.js';

/** The optional virus scan of uploads (see UploadScanner). */
@Module({ providers: [UploadScanner], exports: [UploadScanner] })
export class ScanningModule {}
