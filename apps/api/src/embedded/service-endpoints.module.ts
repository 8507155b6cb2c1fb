import { type DynamicModule, Module } from '@nestjs/common';
import { SERVICE_ENDPOINTS, type ServiceEndpoints } from './service-endpoints.js';

/** Makes the resolved PostgreSQL and S3 endpoints injectable everywhere. */
@Module({})
export class ServiceEndpointsModule {
  static register(endpoints: ServiceEndpoints): DynamicModule {
    return {
      module: ServiceEndpointsModule,
      global: true,
      providers: [{ provide: SERVICE_ENDPOINTS, useValue: endpoints }],
      exports: [SERVICE_ENDPOINTS],
    };
  }
}
