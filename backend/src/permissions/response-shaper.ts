import { subject as tagged } from '@casl/ability';
import { permittedFieldsOf } from '@casl/ability/extra';
import type { OpenAPIObject } from '@nestjs/swagger';
import { readAsOf } from '../common/contract';
import type { AppAbility, Subject } from './ability';

type SchemaObject = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string] & { $ref?: never };
interface ReferenceObject {
  $ref: string;
}
type Schema = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>[string];
type Shape = (value: unknown, ability: AppAbility, top: boolean) => unknown;

/** A record the reader may not read: left out of its list, or null in its place. */
const DROP = Symbol('drop');

interface Access {
  /** No condition and no field rule: every record, every field. */
  open: boolean;
  /** Some rule names fields: each record's visible fields are worked out. */
  fielded: boolean;
}

const accessCache = new WeakMap<AppAbility, Map<Subject, Access>>();

function accessOf(ability: AppAbility, subject: Subject): Access {
  let bySubject = accessCache.get(ability);
  if (!bySubject) accessCache.set(ability, (bySubject = new Map<Subject, Access>()));
  let access = bySubject.get(subject);
  if (!access) {
    const rules = ability.rulesFor('read', subject);
    access = {
      open: rules.length > 0 && rules.every((r) => !r.conditions && !r.fields && !r.inverted),
      fielded: rules.some((r) => r.fields),
    };
    bySubject.set(subject, access);
  }
  return access;
}

/**
 * Shapes every answer to its declared schema, from the OpenAPI document the app serves: only the properties a
 * class declares leave the server, and each record of a class marked `@ReadAs(subject)` is checked against the
 * reader's ability: records they may not read are dropped, fields they may not see are removed.
 */
export class ResponseShaper {
  private readonly shapes = new Map<string, Shape>();

  constructor(private readonly doc: OpenAPIObject) {}

  shape(schemaName: string, value: unknown, ability: AppAbility, isArray = false): unknown {
    const shape = this.named(schemaName);
    if (!isArray) return shape(value, ability, true);
    return (value as unknown[]).map((v) => shape(v, ability, false)).filter((v) => v !== DROP);
  }

  /** Whether the document declares this class (a route naming an undeclared class is a programming error). */
  has(schemaName: string): boolean {
    return Boolean(this.doc.components?.schemas?.[schemaName]);
  }

  private named(name: string): Shape {
    let shape = this.shapes.get(name);
    if (!shape) {
      // Set before compiling, so self-referencing schemas resolve lazily.
      this.shapes.set(name, (v, a, top) => compiled(v, a, top));
      const schema = this.doc.components?.schemas?.[name];
      if (!schema) throw new Error(`No schema ${name} in the OpenAPI document`);
      const compiled = this.compile(schema, name);
      shape = compiled;
      this.shapes.set(name, compiled);
    }
    return shape;
  }

  private resolve(schema: Schema): SchemaObject {
    if (!('$ref' in schema)) return schema;
    const found = this.doc.components?.schemas?.[refName(schema)];
    if (!found) throw new Error(`Unresolved ${schema.$ref}`);
    return this.resolve(found);
  }

  private compile(schema: Schema, name?: string): Shape {
    if ('$ref' in schema) {
      const target = refName(schema);
      return (v, a, top) => this.named(target)(v, a, top);
    }
    if (schema.allOf?.length === 1) return this.compile(schema.allOf[0], name);
    if (schema.type === 'array' && schema.items) {
      const item = this.compile(schema.items);
      return (v, a) => (Array.isArray(v) ? v.map((x) => item(x, a, false)).filter((x) => x !== DROP) : v);
    }
    const parts = schema.allOf ? schema.allOf.map((s) => this.resolve(s)) : [schema];
    const properties = Object.assign({}, ...parts.map((p) => p.properties ?? {})) as Record<string, Schema>;
    if (Object.keys(properties).length === 0) return (v) => v;
    const props = Object.entries(properties).map(([key, s]) => [key, this.compile(s)] as const);
    const names = props.map(([key]) => key);
    const readAs = name ? readAsOf(name) : undefined;
    return (value, ability, top) => {
      if (value === null || typeof value !== 'object' || value instanceof Date) return value;
      const source = value as Record<string, unknown>;
      const out: Record<string, unknown> = {};
      for (const [key, shape] of props) {
        const v = source[key];
        if (v === undefined) continue;
        const shaped = shape(v, ability, false);
        out[key] = shaped === DROP ? null : shaped;
      }
      if (!readAs) return out;
      const access = accessOf(ability, readAs.subject);
      if (access.open) return out;
      const record = tagged(readAs.subject, { ...(readAs.conditions ? readAs.conditions(out as never) : out) });
      // A single record the service already checked stays (its fields are still filtered); a nested one goes.
      if (!top && !ability.can('read', record)) return DROP;
      if (!access.fielded) return out;
      const allowed = new Set(permittedFieldsOf(ability, 'read', record, { fieldsFrom: (r) => r.fields ?? names }));
      for (const key of names) if (!allowed.has(key)) delete out[key];
      return out;
    };
  }
}

const refName = (ref: ReferenceObject) => ref.$ref.slice(ref.$ref.lastIndexOf('/') + 1);
