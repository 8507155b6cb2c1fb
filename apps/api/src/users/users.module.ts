import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OneTimeTokens } from '../auth/one-time-tokens.service.js';
import { PasswordHasher } from '../auth/password-hasher.js';
import { MailModule } from '../mail/mail.module.js';
import { StorageModule } from '../storage/storage.module.js';
import { AccountLinks } from './account-links.service.js';
import { AccountsBootstrap } from './bootstrap.service.js';
import { CandidateProfile } from './candidate-profile.entity.js';
import { InvitationsController } from './invitations.controller.js';
import { MeController } from './me.controller.js';
import { PersonalDataExport } from './personal-data.service.js';
import { TutorAssignment } from './tutor-assignment.entity.js';
import { TutorAssignmentsService } from './tutor-assignments.service.js';
import { User } from './user.entity.js';
import { UsersController } from './users.controller.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User, CandidateProfile, TutorAssignment]),
    MailModule,
    StorageModule,
  ],
  controllers: [UsersController, InvitationsController, MeController],
  // The hasher and one-time links live with the accounts they protect (auth uses them through here).
  providers: [
    UsersService,
    AccountLinks,
    TutorAssignmentsService,
    PasswordHasher,
    OneTimeTokens,
    AccountsBootstrap,
    PersonalDataExport,
  ],
  exports: [UsersService, AccountLinks, PasswordHasher, OneTimeTokens],
})
export class UsersModule {}
