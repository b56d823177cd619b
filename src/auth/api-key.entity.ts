import { Entity, Enum, ManyToOne, type Opt, PrimaryKey, Property } from '@mikro-orm/core';
import { OrgUnit } from '../organisation/org-unit.entity';
import { Role } from './role.enum';

/**
 * An API key for BI tools and feeds (`X-Api-Key`). Only the SHA-256 of the key is stored;
 * the key itself is shown once by `npm run apikey -- create`. Not part of the GraphQL schema.
 */
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @PrimaryKey({ autoincrement: true })
  id!: number;

  /** What the key is for, e.g. "powerbi". */
  @Property({ length: 100 })
  name!: string;

  @Enum({ items: () => Role, nativeEnumName: 'role' })
  role!: Role;

  /** For UNIT_LEAD keys: the root of the subtree the key may see and write. */
  @ManyToOne(() => OrgUnit, { nullable: true, deleteRule: 'restrict' })
  orgUnit?: OrgUnit;

  /** Hex SHA-256 of the whole key. */
  @Property({ length: 64, unique: true })
  keyHash!: string;

  /** The key's first characters, for telling keys apart in lists and logs. */
  @Property({ length: 16, unique: true })
  prefix!: string;

  @Property({ type: 'timestamptz', defaultRaw: 'now()' })
  createdAt: Date & Opt = new Date();

  @Property({ type: 'timestamptz', nullable: true })
  lastUsedAt?: Date;

  @Property({ type: 'timestamptz', nullable: true })
  revokedAt?: Date;
}
