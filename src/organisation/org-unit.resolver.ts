import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context';
import { CreateOrgUnitInput } from './create-org-unit.input';
import { OrgUnit } from './org-unit.entity';
import { OrgUnitService } from './org-unit.service';
import { Person } from './person.entity';
import { UpdateOrgUnitInput } from './update-org-unit.input';
import './org-unit.sql-twins';

@Resolver(() => OrgUnit)
export class OrgUnitResolver {
  @Query(() => OrgUnit, {
    nullable: true,
    description:
      'One org unit by ID (archived ones included); null when it does not exist or, for a UNIT_LEAD, lies outside their subtree.',
  })
  orgUnit(
    @Arg('id', () => ID, { description: 'The org unit ID.' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrgUnit | null> {
    return new OrgUnitService(ctx.em, ctx.scope).findById(id);
  }

  @FieldResolver(() => [OrgUnit], { description: 'The direct sub-units of this unit, ordered by code.' })
  children(
    @Root() unit: OrgUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived sub-units too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<OrgUnit[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<OrgUnit>;
    return ctx.loaders.manyBy(OrgUnit, 'parent', { code: 'asc', id: 'asc' }, where).load(unit.id);
  }

  @FieldResolver(() => [Person], {
    description: 'The people who belong to this unit (not to its sub-units), ordered by name.',
  })
  people(
    @Root() unit: OrgUnit,
    @Ctx() ctx: GraphQLContext,
    @Arg('includeArchived', {
      defaultValue: false,
      description: 'Include archived people too; false by default.',
    })
    includeArchived: boolean,
  ): Promise<Person[]> {
    const where = (includeArchived ? {} : { archivedAt: null }) as FilterQuery<Person>;
    return ctx.loaders.manyBy(Person, 'orgUnit', { name: 'asc', id: 'asc' }, where).load(unit.id);
  }

  @Mutation(() => OrgUnit, {
    description:
      'Creates an org unit (one transaction). A taken code is CONFLICT; an unknown parent NOT_FOUND; an archived parent or a malformed code BAD_USER_INPUT.',
  })
  createOrgUnit(
    @Arg('input', () => CreateOrgUnitInput, { description: 'The new unit.' }) input: CreateOrgUnitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrgUnit> {
    return new OrgUnitService(ctx.em, ctx.scope).create(input);
  }

  @Mutation(() => OrgUnit, {
    description:
      'Changes an org unit (one transaction). A stale version or a taken code is CONFLICT; an unknown unit or parent NOT_FOUND; a new parent that is the unit itself or one of its descendants (a cycle) or is archived BAD_USER_INPUT.',
  })
  updateOrgUnit(
    @Arg('id', () => ID, { description: 'The org unit ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Arg('input', () => UpdateOrgUnitInput, { description: 'The changes.' }) input: UpdateOrgUnitInput,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrgUnit> {
    return new OrgUnitService(ctx.em, ctx.scope).update(id, version, input);
  }

  @Mutation(() => OrgUnit, {
    description:
      'Archives an org unit: sets archivedAt, hiding it from lists (one transaction). Refused with BAD_USER_INPUT while one of its direct sub-units is not archived; a stale version is CONFLICT. Archiving an archived unit changes nothing.',
  })
  archiveOrgUnit(
    @Arg('id', () => ID, { description: 'The org unit ID.' }) id: string,
    @Arg('version', () => Int, { description: 'The version the change is based on (optimistic locking).' })
    version: number,
    @Ctx() ctx: GraphQLContext,
  ): Promise<OrgUnit> {
    return new OrgUnitService(ctx.em, ctx.scope).archive(id, version);
  }
}
