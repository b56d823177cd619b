import {
  type GraphQLArgument,
  type GraphQLNamedType,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  isSpecifiedScalarType,
} from 'graphql';
import { buildThroughlineSchema } from '../../src/graphql/schema';

/** Every place of the schema that lacks a description, as "Type", "Type.field", "Type.field(arg)", "Enum.VALUE". */
function undocumented(types: readonly GraphQLNamedType[]): string[] {
  const missing: string[] = [];
  const blank = (text: string | null | undefined) => !text || !text.trim();
  const checkArgs = (owner: string, args: readonly GraphQLArgument[]) => {
    for (const arg of args) if (blank(arg.description)) missing.push(`${owner}(${arg.name})`);
  };
  for (const type of types) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    if (blank(type.description)) missing.push(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
        checkArgs(`${type.name}.${field.name}`, field.args);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (blank(field.description)) missing.push(`${type.name}.${field.name}`);
      }
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) {
        if (blank(value.description)) missing.push(`${type.name}.${value.name}`);
      }
    }
  }
  return missing;
}

describe('the schema documents itself', () => {
  it('has a description on every type, field, argument, input field and enum value', async () => {
    const schema = await buildThroughlineSchema();
    const types = Object.values(schema.getTypeMap());
    // The walk must see the schema's main parts, or an empty walk would pass.
    expect(types.map((t) => t.name)).toEqual(
      expect.arrayContaining(['Query', 'Mutation', 'Kpi', 'PageInfo']),
    );
    expect(undocumented(types)).toEqual([]);
  });

  it('reports what lacks a description', () => {
    expect(undocumented([{ name: 'Bare', description: null } as unknown as GraphQLNamedType])).toEqual([
      'Bare',
    ]);
  });
});
