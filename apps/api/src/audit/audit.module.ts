import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditEvent } from './audit-event.entity.js';
import { AuditController } from './audit.controller.js';
import { AuditJournal } from './audit-journal.service.js';
import { AuditLog } from './audit.service.js';

/** Every feature records to the audit log. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([AuditEvent])],
  controllers: [AuditController],
  providers: [AuditLog, AuditJournal],
  exports: [AuditLog],
})
export class AuditModule {}
