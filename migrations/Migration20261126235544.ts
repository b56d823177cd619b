import { Migration } from '@mikro-orm/migrations';

export class Migration20261126235544 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create type "executive_function" as enum ('STRATEGY', 'FINANCE', 'TECHNOLOGY', 'OPERATIONS');`,
    );
    this.addSql(`create type "executive_role" as enum ('CEO', 'CFO', 'CIO', 'COO');`);
    this.addSql(`create type "kpi_direction" as enum ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER');`);
    this.addSql(`create type "kpi_frequency" as enum ('MONTHLY', 'QUARTERLY');`);
    this.addSql(
      `create type "process_area" as enum ('PRODUCTION', 'SALES', 'LOGISTICS', 'IT_SERVICES', 'QUALITY', 'COMPLIANCE', 'SUPPLY_CHAIN', 'CUSTOMER_SERVICE', 'FINANCE', 'PEOPLE');`,
    );
    this.addSql(
      `create type "perspective" as enum ('FINANCIAL', 'CUSTOMER', 'INTERNAL_PROCESS', 'LEARNING_AND_GROWTH');`,
    );
    this.addSql(`create type "goal_status" as enum ('DRAFT', 'ACTIVE', 'ACHIEVED', 'DROPPED');`);
    this.addSql(`create type "budget_category" as enum ('OPEX', 'CAPEX');`);
    this.addSql(
      `create type "project_status" as enum ('PROPOSED', 'APPROVED', 'IN_PROGRESS', 'ON_HOLD', 'DONE', 'CANCELLED');`,
    );
    this.addSql(`create type "project_health" as enum ('GREEN', 'AMBER', 'RED');`);
    this.addSql(
      `create type "risk_category" as enum ('SUPPLY_CHAIN', 'CYBER_SECURITY', 'COMPLIANCE', 'FINANCIAL', 'OPERATIONAL', 'STRATEGIC');`,
    );
    this.addSql(`create type "risk_status" as enum ('OPEN', 'MITIGATING', 'ACCEPTED', 'CLOSED');`);
    this.addSql(
      `create table "exchange_rate" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "currency" char(3) not null, "month" date not null, "rate" numeric(18,8) not null);`,
    );
    this.addSql(
      `alter table "exchange_rate" add constraint "exchange_rate_currency_month_unique" unique ("currency", "month");`,
    );

    this.addSql(
      `create table "org_unit" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "function" "executive_function" not null, "parent_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "org_unit" add constraint "org_unit_code_unique" unique ("code");`);
    this.addSql(`create index "org_unit_parent_id_index" on "org_unit" ("parent_id");`);

    this.addSql(
      `create table "person" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "name" varchar(200) not null, "email" varchar(320) not null, "title" varchar(200) null, "executive_role" "executive_role" null, "org_unit_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "person" add constraint "person_email_unique" unique ("email");`);
    this.addSql(`create index "person_org_unit_id_index" on "person" ("org_unit_id");`);

    this.addSql(
      `create table "kpi" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "description" text null, "unit" varchar(40) not null, "direction" "kpi_direction" not null, "frequency" "kpi_frequency" not null, "process_area" "process_area" not null, "org_unit_id" int not null, "owner_id" int null, "amber_threshold" numeric(6,4) not null default 1, "red_threshold" numeric(6,4) not null default 0.9, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "kpi" add constraint "kpi_code_unique" unique ("code");`);
    this.addSql(`create index "kpi_process_area_index" on "kpi" ("process_area");`);
    this.addSql(`create index "kpi_org_unit_id_index" on "kpi" ("org_unit_id");`);

    this.addSql(
      `create table "kpi_target" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kpi_id" int not null, "period" date not null, "value" numeric(20,6) not null);`,
    );
    this.addSql(
      `alter table "kpi_target" add constraint "kpi_target_kpi_id_period_unique" unique ("kpi_id", "period");`,
    );

    this.addSql(
      `create table "kpi_measurement" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "kpi_id" int not null, "period" date not null, "value" numeric(20,6) not null, "source" varchar(100) null, "recorded_at" timestamptz not null default now());`,
    );
    this.addSql(
      `alter table "kpi_measurement" add constraint "kpi_measurement_kpi_id_period_unique" unique ("kpi_id", "period");`,
    );

    this.addSql(
      `create table "strategic_goal" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "title" varchar(300) not null, "description" text null, "perspective" "perspective" not null, "status" "goal_status" not null, "fiscal_year" int not null, "start_date" date not null, "end_date" date not null, "owner_id" int null, "parent_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "strategic_goal" add constraint "strategic_goal_code_unique" unique ("code");`);
    this.addSql(`create index "strategic_goal_fiscal_year_index" on "strategic_goal" ("fiscal_year");`);
    this.addSql(`create index "strategic_goal_owner_id_index" on "strategic_goal" ("owner_id");`);
    this.addSql(`create index "strategic_goal_parent_id_index" on "strategic_goal" ("parent_id");`);

    this.addSql(
      `create table "key_result" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "goal_id" int not null, "kpi_id" int not null, "target_value" numeric(20,6) not null, "due_date" date not null, "weight" numeric(5,4) not null);`,
    );
    this.addSql(`create index "key_result_kpi_id_index" on "key_result" ("kpi_id");`);
    this.addSql(
      `alter table "key_result" add constraint "key_result_goal_id_kpi_id_unique" unique ("goal_id", "kpi_id");`,
    );

    this.addSql(
      `create table "budget" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "org_unit_id" int not null, "fiscal_year" int not null, "category" "budget_category" not null, "currency" char(3) not null, "planned" numeric(18,2) not null, "goal_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "budget" add constraint "budget_code_unique" unique ("code");`);
    this.addSql(`create index "budget_goal_id_index" on "budget" ("goal_id");`);
    this.addSql(
      `create index "budget_fiscal_year_org_unit_id_index" on "budget" ("fiscal_year", "org_unit_id");`,
    );

    this.addSql(
      `create table "budget_actual" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "budget_id" int not null, "month" date not null, "amount" numeric(18,2) not null);`,
    );
    this.addSql(
      `alter table "budget_actual" add constraint "budget_actual_budget_id_month_unique" unique ("budget_id", "month");`,
    );

    this.addSql(
      `create table "tech_project" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "code" varchar(40) not null, "name" varchar(200) not null, "status" "project_status" not null, "health" "project_health" not null, "progress" smallint not null default 0, "planned_start" date not null, "planned_end" date not null, "actual_end" date null, "sponsor_id" int null, "org_unit_id" int not null, "budget_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`alter table "tech_project" add constraint "tech_project_code_unique" unique ("code");`);
    this.addSql(`create index "tech_project_status_index" on "tech_project" ("status");`);
    this.addSql(`create index "tech_project_org_unit_id_index" on "tech_project" ("org_unit_id");`);
    this.addSql(`create index "tech_project_budget_id_index" on "tech_project" ("budget_id");`);

    this.addSql(
      `create table "risk" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "title" varchar(300) not null, "description" text null, "category" "risk_category" not null, "likelihood" smallint not null, "impact" smallint not null, "status" "risk_status" not null, "owner_id" int null, "goal_id" int null, "project_id" int null, "kpi_id" int null, "archived_at" timestamptz null);`,
    );
    this.addSql(`create index "risk_goal_id_index" on "risk" ("goal_id");`);
    this.addSql(`create index "risk_project_id_index" on "risk" ("project_id");`);
    this.addSql(`create index "risk_kpi_id_index" on "risk" ("kpi_id");`);

    this.addSql(
      `create table "project_contribution" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "project_id" int not null, "goal_id" int not null, "weight" numeric(5,4) not null);`,
    );
    this.addSql(`create index "project_contribution_goal_id_index" on "project_contribution" ("goal_id");`);
    this.addSql(
      `alter table "project_contribution" add constraint "project_contribution_project_id_goal_id_unique" unique ("project_id", "goal_id");`,
    );

    this.addSql(
      `create table "milestone" ("id" serial primary key, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "version" int not null default 1, "project_id" int not null, "title" varchar(200) not null, "due_date" date not null, "completed_at" date null);`,
    );

    this.addSql(
      `alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "person" add constraint "person_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "kpi" add constraint "kpi_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "kpi" add constraint "kpi_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "kpi_target" add constraint "kpi_target_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "kpi_measurement" add constraint "kpi_measurement_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "strategic_goal" add constraint "strategic_goal_parent_id_foreign" foreign key ("parent_id") references "strategic_goal" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "key_result" add constraint "key_result_goal_id_foreign" foreign key ("goal_id") references "strategic_goal" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "key_result" add constraint "key_result_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete restrict;`,
    );

    this.addSql(
      `alter table "budget" add constraint "budget_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "budget" add constraint "budget_goal_id_foreign" foreign key ("goal_id") references "strategic_goal" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "budget_actual" add constraint "budget_actual_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "tech_project" add constraint "tech_project_sponsor_id_foreign" foreign key ("sponsor_id") references "person" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "tech_project" add constraint "tech_project_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "tech_project" add constraint "tech_project_budget_id_foreign" foreign key ("budget_id") references "budget" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "risk" add constraint "risk_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on update cascade on delete restrict;`,
    );
    this.addSql(
      `alter table "risk" add constraint "risk_goal_id_foreign" foreign key ("goal_id") references "strategic_goal" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "risk" add constraint "risk_project_id_foreign" foreign key ("project_id") references "tech_project" ("id") on update cascade on delete set null;`,
    );
    this.addSql(
      `alter table "risk" add constraint "risk_kpi_id_foreign" foreign key ("kpi_id") references "kpi" ("id") on update cascade on delete set null;`,
    );

    this.addSql(
      `alter table "project_contribution" add constraint "project_contribution_project_id_foreign" foreign key ("project_id") references "tech_project" ("id") on update cascade on delete cascade;`,
    );
    this.addSql(
      `alter table "project_contribution" add constraint "project_contribution_goal_id_foreign" foreign key ("goal_id") references "strategic_goal" ("id") on update cascade on delete cascade;`,
    );

    this.addSql(
      `alter table "milestone" add constraint "milestone_project_id_foreign" foreign key ("project_id") references "tech_project" ("id") on update cascade on delete cascade;`,
    );
  }
}
