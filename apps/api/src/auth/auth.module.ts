import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MailModule } from '../mail/mail.module.js';
import { User } from '../users/user.entity.js';
import { UsersModule } from '../users/users.module.js';
import { AuthController } from './auth.controller.js';
import { AuthGuard } from './auth.guard.js';
import { AuthService } from './auth.service.js';
import { SessionUsers } from './session-users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([User]), UsersModule, MailModule],
  controllers: [AuthController],
  providers: [AuthService, SessionUsers, { provide: APP_GUARD, useClass: AuthGuard }],
})
export class AuthModule {}
