import { Field, Float, InputType, Int } from 'type-graphql';
import { DateScalar, DecimalScalar } from '../scalars';

/** Inclusive bounds; either may be omitted. */
export interface Range<V> {
  gte?: V | null;
  lte?: V | null;
}

@InputType({
  description:
    'An inclusive range of whole numbers; omit a bound to leave that side open. gte > lte is BAD_USER_INPUT.',
})
export class IntRange implements Range<number> {
  @Field(() => Int, { nullable: true, description: 'At least this (inclusive).' })
  gte?: number | null;

  @Field(() => Int, { nullable: true, description: 'At most this (inclusive).' })
  lte?: number | null;
}

@InputType({
  description:
    'An inclusive range of numbers; omit a bound to leave that side open. gte > lte is BAD_USER_INPUT.',
})
export class FloatRange implements Range<number> {
  @Field(() => Float, { nullable: true, description: 'At least this (inclusive).' })
  gte?: number | null;

  @Field(() => Float, { nullable: true, description: 'At most this (inclusive).' })
  lte?: number | null;
}

@InputType({
  description:
    'An inclusive range of exact decimals (money); omit a bound to leave that side open. gte > lte is BAD_USER_INPUT.',
})
export class DecimalRange implements Range<string> {
  @Field(() => DecimalScalar, { nullable: true, description: 'At least this (inclusive).' })
  gte?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'At most this (inclusive).' })
  lte?: string | null;
}

@InputType({
  description:
    'An inclusive range of dates (YYYY-MM-DD); omit a bound to leave that side open. gte > lte is BAD_USER_INPUT.',
})
export class DateRange implements Range<string> {
  @Field(() => DateScalar, { nullable: true, description: 'On or after this date.' })
  gte?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'On or before this date.' })
  lte?: string | null;
}
