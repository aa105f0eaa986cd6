import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Kind, parse, type FieldDefinitionNode } from 'graphql';
import { SERVICE_NAMES } from '@civic/contracts';

/**
 * "Every mutation states who may call it": the guard enforces the rule, and the public
 * schema must say it too, so that clients read it where they read everything else.
 */
const AUDIENCES = ['anyone', 'signed-in', 'resident', 'checked-in resident', 'candidate', 'delegate', 'county delegation chair', 'member', 'staff', 'admin'];
const NAMES_AN_AUDIENCE = new RegExp(`\\b(${AUDIENCES.join('|')})`, 'i');

function mutationsOf(service: string): FieldDefinitionNode[] {
  const sdl = readFileSync(path.join(__dirname, '..', '..', 'apps', service, 'schema.graphql'), 'utf8');
  return parse(sdl).definitions.flatMap((definition) =>
    (definition.kind === Kind.OBJECT_TYPE_DEFINITION || definition.kind === Kind.OBJECT_TYPE_EXTENSION) && definition.name.value === 'Mutation'
      ? [...(definition.fields ?? [])]
      : [],
  );
}

describe('mutation descriptions', () => {
  it.each(SERVICE_NAMES)('every %s mutation says who may call it', (service) => {
    const silent = mutationsOf(service)
      .filter((field) => !NAMES_AN_AUDIENCE.test(field.description?.value ?? ''))
      .map((field) => field.name.value);
    expect(silent).toEqual([]);
  });
});
