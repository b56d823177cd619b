export const operationsResolvers = [] as const;
