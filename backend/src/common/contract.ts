import { applyDecorators, HttpCode, SetMetadata, type Type } from '@nestjs/common';
import { ApiNoContentResponse, ApiOkResponse, ApiProduces, ApiProperty, ApiResponse } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import type { Subject } from '../permissions/ability';

/**
 * The API contract, declared once on each route: what it answers. The OpenAPI document is built from these
 * declarations (and the DTO classes the Swagger plugin reads), the UI's types are generated from that document,
 * and the contract interceptor sends nothing a declared class does not name.
 */
export const RESPONSE_KEY = 'maillage:response';

export type ResponseContract =
  | { kind: 'json'; type: Type; isArray: boolean; status: number }
  | { kind: 'none' }
  | { kind: 'file'; contentType: string }
  /** A route that writes its own reply (redirects, HTML pages): the interceptor leaves it alone. */
  | { kind: 'raw'; contentType: string };

/**
 * A JSON answer of one declared class, or an array of it (`[Cls]`): 200, 201 for what a POST creates, 202 for work
 * queued.
 */
export function Returns(type: Type | [Type], status: 200 | 201 | 202 = 200) {
  const isArray = Array.isArray(type);
  const cls = isArray ? type[0] : type;
  return applyDecorators(
    ApiResponse({ status, type: cls, isArray }),
    HttpCode(status),
    SetMetadata(RESPONSE_KEY, { kind: 'json', type: cls, isArray, status } satisfies ResponseContract),
  );
}

const pages = new Map<Type, Type>();

/** The `{items, total, page, pageSize}` class of a list, one per item class (named `<Item>Page`). */
export function pageOf<T>(item: Type<T>): Type {
  let page = pages.get(item);
  if (!page) {
    class PageOf {
      @ApiProperty({ type: () => [item] }) items: T[];
      @ApiProperty() total: number;
      @ApiProperty() page: number;
      @ApiProperty() pageSize: number;
    }
    Object.defineProperty(PageOf, 'name', { value: `${item.name.replace(/Response$/, '')}Page` });
    page = PageOf;
    pages.set(item, page);
  }
  return page;
}

/** A page of a list route: `{items: Item[], total, page, pageSize}`. */
export const ReturnsPage = (item: Type) => Returns(pageOf(item));

/** 204, no body. */
export const ReturnsNothing = () =>
  applyDecorators(
    HttpCode(204),
    ApiNoContentResponse(),
    SetMetadata(RESPONSE_KEY, { kind: 'none' } satisfies ResponseContract),
  );

/** A download (CSV, ICS, a file the API stores): bytes, described as such. */
export const ReturnsFile = (contentType: string) =>
  applyDecorators(
    ApiProduces(contentType),
    ApiOkResponse({ content: { [contentType]: { schema: { type: 'string', format: 'binary' } } } }),
    SetMetadata(RESPONSE_KEY, { kind: 'file', contentType } satisfies ResponseContract),
  );

/** A reply the handler writes itself (a redirect, an HTML page): described, not reshaped. */
export const ReturnsRaw = (contentType: string, status = 200) =>
  applyDecorators(
    ApiResponse({ status, content: { [contentType]: { schema: { type: 'string' } } } }),
    SetMetadata(RESPONSE_KEY, { kind: 'raw', contentType } satisfies ResponseContract),
  );

/** What a response class is a view of, for the ability's record and field rules. */
export interface ReadAsOptions<T> {
  /** Maps the view to the fields the ability's conditions name, when they differ (e.g. `personId` → `id`). */
  conditions?: (view: T) => object;
}

const readAs = new Map<string, { subject: Subject; conditions?: (view: never) => object }>();

/**
 * Marks a response class as a view of a permission subject: before it leaves, each record of it is checked
 * against the reader's ability (records they may not read are dropped from lists, a single one becomes null)
 * and loses the fields the ability does not let them see.
 */
export function ReadAs<T>(subject: Subject, options: ReadAsOptions<T> = {}): ClassDecorator {
  return (target) => {
    readAs.set(target.name, { subject, conditions: options.conditions });
  };
}

/** The subject a schema (named after its class) is a view of, if any. */
export const readAsOf = (schemaName: string) => readAs.get(schemaName);

/** A property whose values are one of a list, named in the OpenAPI document so the UI imports one union. */
export const EnumOf = (
  values: readonly string[],
  enumName: string,
  options: { isArray?: boolean; nullable?: boolean; required?: boolean } = {},
) => ApiProperty({ enum: values as string[], enumName, ...options });

/** A request field restricted to a list of values: validated, and named in the OpenAPI document. */
export const OneOf = (values: readonly string[], enumName: string, options: { isArray?: boolean } = {}) =>
  applyDecorators(IsIn(values as string[], { each: options.isArray }), EnumOf(values, enumName, options));
