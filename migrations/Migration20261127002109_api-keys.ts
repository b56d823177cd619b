import { Migration } from '@mikro-orm/migrations';

export class Migration20261127002109_ApiKeys extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create type "role" as enum ('CEO', 'CFO', 'CIO', 'COO', 'UNIT_LEAD', 'ANALYST', 'ADMIN');`);
    this.addSql(`create type "audit_operation" as enum ('CREATE', 'UPDATE', 'ARCHIVE', 'DELETE', 'UPSERT');`);
    this.addSql(
      `create table "audit_entry" ("id" bigserial primary key, "actor" varchar(200) not null, "role" "role" not null, "at" timestamptz not null default now(), "entity_type" varchar(60) not null, "entity_id" varchar(200) not null, "operation" "audit_operation" not null, "changes" jsonb not null, "request_id" varchar(100) null);`,
    );
    this.addSql(`create index "audit_entry_at_index" on "audit_entry" ("at");`);
    this.addSql(`create index "audit_entry_actor_at_index" on "audit_entry" ("actor", "at");`);
    this.addSql(
      `create index "audit_entry_entity_type_entity_id_index" on "audit_entry" ("entity_type", "entity_id");`,
    );

    this.addSql(
      `create table "api_key" ("id" serial primary key, "name" varchar(100) not null, "role" "role" not null, "org_unit_id" int null, "key_hash" varchar(64) not null, "prefix" varchar(16) not null, "created_at" timestamptz not null default now(), "last_used_at" timestamptz null, "revoked_at" timestamptz null);`,
    );
    this.addSql(`alter table "api_key" add constraint "api_key_key_hash_unique" unique ("key_hash");`);
    this.addSql(`alter table "api_key" add constraint "api_key_prefix_unique" unique ("prefix");`);

    this.addSql(
      `alter table "api_key" add constraint "api_key_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    // The audit trail is append-only for everyone who connects, the application included.
    this.addSql(`create function "audit_entry_append_only"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_entry is append-only: % is refused', tg_op using errcode = 'insufficient_privilege';
end
$$;`);
    this.addSql(
      `create trigger "audit_entry_append_only" before update or delete or truncate on "audit_entry" for each statement execute function "audit_entry_append_only"();`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop trigger if exists "audit_entry_append_only" on "audit_entry";`);
    this.addSql(`drop function if exists "audit_entry_append_only"();`);
    this.addSql(`drop table if exists "audit_entry" cascade;`);

    this.addSql(`drop table if exists "api_key" cascade;`);

    this.addSql(`drop type "role";`);
    this.addSql(`drop type "audit_operation";`);
  }
}
