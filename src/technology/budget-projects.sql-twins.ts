import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { projectsByTwin } from './projects-by.sql-twin';

// SQL twins of BudgetProjectsResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('Budget', 'projects', projectsByTwin('budget_id'));
