/**
 * The global filter model (period keys, the URL query, the analytics parameters) as pure
 * functions: the SPA reads its filter bar with them and the server reads a page's URL with them
 * when it embeds the Overview in index.html (server/plugins/bootData.ts), so both ask for the
 * same period.
 */
export * from './filterPeriods'
export * from './filterQuery'
export * from './analyticsParams'
