import type { MetadataStorage } from '@mikro-orm/core';
import {
  type FieldNode,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
} from 'graphql';
import { fieldHiddenFrom } from '../../auth/policy';
import type { Role } from '../../auth/role.enum';
import { collectFields, type Selection, subSelections } from './collect-fields';
import { type CompiledEntity, EntitySqlCompiler } from './entity-sql';
import { type EntityModel, typeModel } from './type-model';

/** Where an entity's compiled result goes once its batch has run. */
export interface EntityTarget {
  holder: Record<string | number, unknown>;
  key: string | number;
  id: number;
}

/** Every entity at one place of the query's shape: one SQL statement for all of them. */
export interface EntityBatch {
  compiled: CompiledEntity;
  alias: string;
  targets: EntityTarget[];
}

export type ReadPlan = { nonNull: boolean } & (
  | { kind: 'leaf'; type: GraphQLLeafType }
  | { kind: 'list'; item: ReadPlan }
  | { kind: 'plain'; fields: PlainField[] }
  | { kind: 'entity'; batch: EntityBatch }
);

export interface PlainField {
  key: string;
  /** A constant: `__typename`, or null for a field the caller's role may not see. */
  constant?: string | null;
  /** The JS property (or argument-less method) that holds the value, and what to make of it. */
  property?: string;
  plan?: ReadPlan;
}

/**
 * Plans the result of a selection before anything runs: plain objects (connections, edges, page
 * info) are walked in JS, entities become SQL batches (EntitySqlCompiler). `undefined` when some
 * part has no compiled form.
 */
export class ReadPlanner {
  readonly batches: EntityBatch[] = [];
  private readonly entities: EntitySqlCompiler;

  constructor(
    private readonly selection: Selection,
    private readonly metadata: MetadataStorage,
    private readonly role: Role,
  ) {
    this.entities = new EntitySqlCompiler(selection, metadata, role);
  }

  /**
   * The entity's selection as properties of the instance the resolver returned, when it selects
   * columns only: those are on the row the resolver already read, so no statement is needed.
   */
  private ownColumns(
    type: GraphQLObjectType,
    model: EntityModel,
    nodes: readonly FieldNode[],
  ): PlainField[] | undefined {
    return this.plainFields(type, model.ownProperties, nodes);
  }

  plan(type: GraphQLOutputType, nodes: readonly FieldNode[]): ReadPlan | undefined {
    if (isNonNullType(type)) {
      const inner = this.plan(type.ofType, nodes);
      return inner && { ...inner, nonNull: true };
    }
    if (isListType(type)) {
      const item = this.plan(type.ofType, nodes);
      return item && { kind: 'list', item, nonNull: false };
    }
    if (isLeafType(type)) return { kind: 'leaf', type, nonNull: false };
    if (!isObjectType(type)) return undefined;
    const model = typeModel(type, this.metadata);
    if (model?.kind === 'entity') {
      const own = this.ownColumns(type, model, nodes);
      if (own) return { kind: 'plain', fields: own, nonNull: false };
      const alias = this.entities.alias();
      const compiled = this.entities.entity(type, nodes, alias);
      if (!compiled) return undefined;
      const batch: EntityBatch = { compiled, alias, targets: [] };
      this.batches.push(batch);
      return { kind: 'entity', batch, nonNull: false };
    }
    if (model?.kind !== 'plain') return undefined;
    const fields = this.plainFields(type, model.properties, nodes);
    return fields && { kind: 'plain', fields, nonNull: false };
  }

  private plainFields(
    type: GraphQLObjectType,
    properties: Map<string, string>,
    nodes: readonly FieldNode[],
  ): PlainField[] | undefined {
    const fields: PlainField[] = [];
    for (const [key, fieldNodes] of collectFields(this.selection, type, subSelections(nodes))) {
      const name = fieldNodes[0].name.value;
      if (name === '__typename') {
        fields.push({ key, constant: type.name });
        continue;
      }
      if (fieldHiddenFrom(this.role, type.name, name)) {
        fields.push({ key, constant: null });
        continue;
      }
      const property = properties.get(name);
      const plan = property && this.plan(type.getFields()[name].type, fieldNodes);
      if (!plan) return undefined;
      fields.push({ key, property, plan });
    }
    return fields;
  }
}
