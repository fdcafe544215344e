import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { registeredCodes } from './common/error-catalogue';
import { TRANSPORT_CODES } from './common/http-exception.filter';
import { ErrorResponse } from './common/dto/error.response';
import metadata from './metadata';

const ERRORS = [
  [400, 'Invalid input, with `fields`'],
  [401, 'Not signed in'],
  [403, 'Not allowed, or CSRF token missing'],
  [404, 'Not found'],
  [409, 'Conflicts with the current state'],
  [429, 'Too many attempts'],
] as const;

/** The OpenAPI description of the API: the one contract the UI's types are generated from. */
export async function describeApi(app: INestApplication): Promise<OpenAPIObject> {
  // What the Swagger plugin read from the DTOs and response classes at build time (src/metadata.ts, generated).
  await SwaggerModule.loadPluginMetadata(metadata);
  const config = new DocumentBuilder()
    .setTitle('Maillage API')
    .setDescription('Backoffice of a cooperative network')
    .setVersion('0.1.0')
    .addCookieAuth('maillage_session')
    .addGlobalResponse(...ERRORS.map(([status, description]) => ({ status, description, type: ErrorResponse })))
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    extraModels: [ErrorResponse],
    // `Organisations_list` → the generated client's `organisations.organisationsList()`.
    operationIdFactory: (controller, method) => `${controller.replace(/Controller$/, '')}_${method}`,
  });
  // Every error code the API can answer: the catalogues (src/**/*.errors.ts) have registered theirs as the app loaded.
  const code = (document.components!.schemas!.ErrorDetail as { properties: Record<string, { enum?: string[] }> })
    .properties.code;
  code.enum = [...new Set([...registeredCodes(), ...TRANSPORT_CODES])].sort();
  return document;
}
