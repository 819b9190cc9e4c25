/**
 * Stands in for tslib where `@docusaurus/utils-common` requires it (see index.ts): its compiled
 * CommonJS calls this one helper, as tslib defines it.
 */
export function __importDefault<T>(module: T): T | {default: T} {
  return (module as {__esModule?: boolean} | null)?.__esModule ? module : {default: module};
}
