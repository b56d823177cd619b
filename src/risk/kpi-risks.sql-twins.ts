import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { risksByTwin } from './risks-by.sql-twin';

// SQL twins of KpiRisksResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('Kpi', 'risks', risksByTwin('kpi_id'));
