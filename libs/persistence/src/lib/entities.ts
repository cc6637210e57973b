/**
 * Every TypeORM entity of Ponte. The API and the worker share one schema, so the entities
 * live here, one folder per feature; list each new entity class in this array.
 */
export const ENTITIES: Function[] = [];
