export const organisationResolvers = [] as const;
