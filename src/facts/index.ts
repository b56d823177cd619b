import { FactsResolver } from './facts.resolver';

export const factsResolvers = [FactsResolver] as const;
