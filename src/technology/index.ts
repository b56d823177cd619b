export const technologyResolvers = [] as const;
