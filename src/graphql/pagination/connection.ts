import { type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { PageInfo } from './page-info';

/** What a list produces for one page; `count` runs the COUNT and is called only when selected. */
export interface ConnectionData<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: PageInfo;
  count: () => Promise<number>;
}

/** A connection object as the resolvers return it. */
export interface Connection<T> extends ConnectionData<T> {
  readonly nodes: T[];
  totalCount(): Promise<number>;
}

export interface ConnectionTypes<T> {
  Connection: ClassType<Connection<T>> & { from(data: ConnectionData<T>): Connection<T> };
  Edge: ClassType;
}

/**
 * Builds the `<Name>Edge` and `<Name>Connection` object types for items of `nodeType`
 * (Relay cursor connections plus a `nodes` shortcut; `withRows` adds the same list as `rows`,
 * the name BI tools expect for flat fact tables).
 */
export function connectionTypes<T extends object>(
  name: string,
  nodeType: () => ClassType<T>,
  itemDescription: string,
  withRows = false,
): ConnectionTypes<T> {
  @ObjectType(`${name}Edge`, {
    description: `One ${itemDescription} of a ${name}Connection page, with its cursor.`,
  })
  class Edge {
    @Field({ description: 'Opaque cursor of this item: pass it as `after` or `before` to page from here.' })
    cursor!: string;

    @Field(nodeType, { description: `The ${itemDescription}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, {
    description: `A page of ${itemDescription} items (Relay cursor connection with keyset paging), and the total count.`,
  })
  class ConnectionType implements Connection<T> {
    @Field(() => [Edge], { description: 'The items of this page with their cursors, in list order.' })
    edges!: Edge[];

    @Field(() => PageInfo, {
      description: 'Where this page sits in the whole list, and the cursors to move on.',
    })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    private counted?: Promise<number>;

    @Field(() => [nodeType()], {
      description: 'The items of this page without cursors (a shortcut for `edges { node }`).',
    })
    get nodes(): T[] {
      return this.edges.map((edge) => edge.node);
    }

    get rows(): T[] {
      return this.nodes;
    }

    @Field(() => Int, {
      description:
        'How many items match the filter in all pages: one COUNT with the same filter, run only when this field is selected.',
    })
    totalCount(): Promise<number> {
      this.counted ??= this.count();
      return this.counted;
    }

    static from(data: ConnectionData<T>): ConnectionType {
      const connection = new ConnectionType();
      connection.edges = data.edges as Edge[];
      connection.pageInfo = data.pageInfo;
      connection.count = data.count;
      return connection;
    }
  }

  if (withRows) {
    Field(() => [nodeType()], {
      description:
        'The rows of this page as a flat table (same as `nodes`): point a BI root selector here and follow `pageInfo.endCursor`.',
    })(
      ConnectionType.prototype,
      'rows',
      Object.getOwnPropertyDescriptor(ConnectionType.prototype, 'rows') as PropertyDescriptor,
    );
  }
  return { Connection: ConnectionType, Edge };
}
