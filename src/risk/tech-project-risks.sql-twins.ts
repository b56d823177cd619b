import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { risksByTwin } from './risks-by.sql-twin';

// SQL twins of TechProjectRisksResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('TechProject', 'risks', risksByTwin('project_id'));
