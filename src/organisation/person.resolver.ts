import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CreatePersonInput } from './create-person.input';
import { Person } from './person.entity';
import { PersonService } from './person.service';
import { UpdatePersonInput } from './update-person.input';

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, {
    nullable: true,
    description:
      'One person by ID (archived ones included); null when they do not exist or, for a UNIT_LEAD, belong to no unit of their subtree.',
  })
  person(
    @Arg('id', () => ID, { description: 'The person ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person | null> {
    return new PersonService(ctx.em, ctx.scope).findById(id);
  }

  @Mutation(() => Person, {
    description:
      'Creates a person (one transaction). A taken e-mail address (case-insensitive) is CONFLICT; an unknown org unit NOT_FOUND; an archived org unit or a malformed e-mail BAD_USER_INPUT.',
  })
  createPerson(
    @Arg('input', () => CreatePersonInput, { description: 'The new person.' }) input: CreatePersonInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person> {
    return new PersonService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => Person, {
    description:
      'Changes a person (one transaction). A stale version or a taken e-mail address is CONFLICT; an unknown person or org unit NOT_FOUND.',
  })
  updatePerson(
    @Arg('id', () => ID, { description: 'The person ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdatePersonInput, { description: 'The changes.' }) input: UpdatePersonInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person> {
    return new PersonService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => Person, {
    description:
      'Archives a person: sets archivedAt, hiding them from lists (one transaction); the goals, KPIs and projects they own keep them as owner. A stale version is CONFLICT.',
  })
  archivePerson(
    @Arg('id', () => ID, { description: 'The person ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<Person> {
    return new PersonService(ctx.em, ctx.scope).archive(id, version);
  }
}
