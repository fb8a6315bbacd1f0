export * from './types';
export * from './db';
export * from './repository';
export * from './transfer';
export { toLibraryError } from './errors';
export { EXPORT_FORMAT, EXPORT_VERSION, IMPORT_LIMITS } from './import-schema';
