import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { SERVICE_ENDPOINTS, type ServiceEndpoints } from '../embedded/service-endpoints.js';
import { databaseOptions } from './database-options.js';
import { runMigrationsExclusively } from './migrate.js';

@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [SERVICE_ENDPOINTS],
      useFactory: (endpoints: ServiceEndpoints) => databaseOptions(endpoints.databaseUrl),
      dataSourceFactory: async (options) => {
        const dataSource = await new DataSource(options!).initialize();
        await runMigrationsExclusively(dataSource);
        return dataSource;
      },
    }),
  ],
})
export class DatabaseModule {}
