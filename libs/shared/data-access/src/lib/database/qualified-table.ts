import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * The entity's table, quoted for raw SQL, in the schema the manager's datasource maps it to:
 * shared read-model repositories write whichever consuming service's schema they run in.
 */
export function qualifiedTable(manager: EntityManager, entity: EntityTarget<ObjectLiteral>): string {
  const path = manager.connection.getMetadata(entity).tablePath;
  const [schema, name] = path.includes('.') ? path.split('.') : [undefined, path];
  return schema ? `"${schema}"."${name}"` : `"${name}"`;
}
