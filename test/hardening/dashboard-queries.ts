/**
 * Our biggest legitimate dashboard queries: the abuse-limit defaults must let them through with
 * headroom (test/hardening/limits.test.ts measures them).
 */

/** Strategy execution: 50 goals with their health, KPIs (latest value and a year of measurements) and projects with budgets. */
export const STRATEGY_EXECUTION_QUERY = /* GraphQL */ `
  query StrategyExecution($from: Date!, $to: Date!, $asOf: Date) {
    goals(first: 50) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          code
          title
          perspective
          status
          fiscalYear
          startDate
          endDate
          owner {
            id
            name
            title
          }
          health(asOf: $asOf) {
            score
            status
            drivers {
              itemId
              kind
              label
              reason
              score
              weight
            }
          }
          kpis {
            id
            code
            name
            unit
            direction
            frequency
            orgUnit {
              id
              code
              name
            }
            latest(asOf: $asOf) {
              period
              value
              target
              attainment
              status
            }
            measurements(from: $from, to: $to) {
              id
              period
              value
            }
          }
          projects {
            id
            code
            name
            status
            health
            progress
            plannedEnd
            scheduleSlipDays(asOf: $asOf)
            budget {
              id
              code
              currency
              planned
              actual(asOf: $asOf)
              forecast(asOf: $asOf)
              variance(asOf: $asOf)
              variancePct(asOf: $asOf)
            }
            milestones {
              id
              title
              dueDate
              completedAt
            }
          }
          risks {
            id
            title
            exposure
            status
          }
        }
      }
    }
  }
`;

/** The executive summary page: every figure of the four functions. */
export const EXECUTIVE_SUMMARY_QUERY = /* GraphQL */ `
  query ExecutiveSummaryPage($fiscalYear: Int!, $asOf: Date) {
    executiveSummary(fiscalYear: $fiscalYear, asOf: $asOf) {
      asOf
      fiscalYear
      strategy {
        goals
        averageScore
        byStatus {
          key
          count
        }
        worstGoals {
          score
          status
          goal {
            id
            code
            title
            owner {
              id
              name
            }
          }
        }
      }
      finance {
        currency
        planned
        actual
        variance
        variancePct
        byCategory {
          key
          label
          currency
          planned
          actual
          variance
          variancePct
        }
      }
      operations {
        kpis
        byProcessArea {
          key
          label
          kpis
          green
          amber
          red
          noData
          averageAttainment
        }
        worstKpis {
          period
          attainment
          status
          kpi {
            id
            code
            name
            unit
            orgUnit {
              id
              name
            }
          }
        }
      }
      technology {
        currency
        projects
        redProjects
        budgetOfRedProjects
        byHealth {
          key
          count
        }
        byStatus {
          key
          count
        }
      }
    }
  }
`;

export const DASHBOARD_VARIABLES = {
  from: '2025-01-01',
  to: '2025-12-01',
  asOf: '2025-12-31',
  fiscalYear: 2025,
};
