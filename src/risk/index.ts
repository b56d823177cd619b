export const riskResolvers = [] as const;
