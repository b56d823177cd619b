import { Migration } from '@mikro-orm/migrations';

export class Migration20261127003108_FactsIndexes extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create index "kpi_target_period_kpi_id_index" on "kpi_target" ("period", "kpi_id");`);

    this.addSql(
      `create index "kpi_measurement_period_kpi_id_index" on "kpi_measurement" ("period", "kpi_id");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "kpi_measurement_period_kpi_id_index";`);

    this.addSql(`drop index "kpi_target_period_kpi_id_index";`);
  }
}
