import { registerEnumType } from 'type-graphql';

/** Sort direction of one `orderBy` key. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description:
    'Sort direction of one `orderBy` key. NULL values sort as the largest value: last when ASC, first when DESC.',
  valuesConfig: {
    ASC: { description: 'Smallest first (A→Z, oldest first); NULLs last.' },
    DESC: { description: 'Largest first (Z→A, newest first); NULLs first.' },
  },
});
