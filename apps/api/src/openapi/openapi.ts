import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { ApiErrorView } from '../common/api-error.dto.js';

/** The OpenAPI document, generated from the controllers and DTOs; the web client is generated from it. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Dossier SNO API')
    .setDescription(
      'Dossier numérique personnel of the Mention complémentaire « Services numériques aux organisations ».',
    )
    .setVersion('0.1.0')
    .build();
  return SwaggerModule.createDocument(app, config, { extraModels: [ApiErrorView] });
}

/** Serves the document at /api/docs (UI) and /api/docs-json. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: 'api/docs-json',
  });
}
