export const viewsResolvers = [] as const;
