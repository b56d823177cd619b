import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { projectsByTwin } from './projects-by.sql-twin';

// SQL twins of OrgUnitProjectsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('OrgUnit', 'projects', projectsByTwin('org_unit_id'));
