export const financeResolvers = [] as const;
