import { Module } from '@nestjs/common';
import { FilesModule } from '../files/files.module.js';
import { TracesController } from './traces.controller.js';
import { TracesService } from './traces.service.js';

@Module({
  imports: [FilesModule],
  controllers: [TracesController],
  providers: [TracesService],
})
export class TracesModule {}
