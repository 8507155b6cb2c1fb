import { Module } from '@nestjs/common';
import { ObjectStorage } from './object-storage.service.js';
import { OrphanSweeper } from './orphan-sweeper.service.js';

@Module({
  providers: [ObjectStorage, OrphanSweeper],
  exports: [ObjectStorage, OrphanSweeper],
})
export class StorageModule {}
