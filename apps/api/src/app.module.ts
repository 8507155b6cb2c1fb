import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type DynamicModule, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { ServeStaticModule } from '@nestjs/serve-static';
import { validateEnvironment, type Environment } from './config/environment.js';
import { AuditModule } from './audit/audit.module.js';
import { LimitsModule } from './limits/limits.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CohortsModule } from './cohorts/cohorts.module.js';
import { DashboardModule } from './dashboard/dashboard.module.js';
import { DatabaseModule } from './database/database.module.js';
import { DossiersModule } from './dossiers/dossiers.module.js';
import { ExamsModule } from './exams/exams.module.js';
import type { ServiceEndpoints } from './embedded/service-endpoints.js';
import { ServiceEndpointsModule } from './embedded/service-endpoints.module.js';
import { HealthModule } from './health/health.module.js';
import { MailModule } from './mail/mail.module.js';
import { NotificationsModule } from './notifications/notifications.module.js';
import { PfmpModule } from './pfmp/pfmp.module.js';
import { PolicyModule } from './policy/policy.module.js';
import { ReferentialModule } from './referential/referential.module.js';
import { ReviewsModule } from './reviews/reviews.module.js';
import { StorageModule } from './storage/storage.module.js';
import { TracesModule } from './traces/traces.module.js';
import { TutoringModule } from './tutoring/tutoring.module.js';
import { UsersModule } from './users/users.module.js';

/** The built web app: WEB_DIST_DIR, else apps/web/dist beside this package. */
export function webDistDir(env: Pick<Environment, 'WEB_DIST_DIR'>): string {
  return env.WEB_DIST_DIR
    ? resolve(env.WEB_DIST_DIR)
    : fileURLToPath(new URL('../../web/dist', import.meta.url));
}

@Module({})
export class AppModule {
  static register(env: Environment, endpoints: ServiceEndpoints): DynamicModule {
    const webRoot = webDistDir(env);
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot({
          isGlobal: true,
          ignoreEnvFile: true,
          validate: validateEnvironment,
        }),
        ServiceEndpointsModule.register(endpoints),
        DatabaseModule,
        StorageModule,
        PolicyModule,
        AuditModule,
        LimitsModule,
        MailModule,
        HealthModule,
        ReferentialModule,
        UsersModule,
        AuthModule,
        CohortsModule,
        TracesModule,
        PfmpModule,
        DossiersModule,
        DashboardModule,
        NotificationsModule,
        ReviewsModule,
        TutoringModule,
        ExamsModule,
        // `/` serves the web app (with the SPA fallback); `/api/*` stays with the API.
        ...(existsSync(webRoot)
          ? [ServeStaticModule.forRoot({ rootPath: webRoot, exclude: ['/api/{*path}'] })]
          : []),
      ],
    };
  }
}
