import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferentialController } from './referential.controller.js';
import { ReferentialVersion } from './referential-version.entity.js';
import { ReferentialService } from './referential.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ReferentialVersion])],
  controllers: [ReferentialController],
  providers: [ReferentialService],
  exports: [ReferentialService],
})
export class ReferentialModule {}
