import { sqlTwin } from '../graphql/compiled-reads/sql-twins';
import { risksByTwin } from './risks-by.sql-twin';

// SQL twins of StrategicGoalRisksResolver's fields (src/graphql/compiled-reads/sql-twins.ts).

sqlTwin('StrategicGoal', 'risks', risksByTwin('goal_id'));
