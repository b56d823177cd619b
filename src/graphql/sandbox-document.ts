/** The first operation an analyst sees in the Apollo Sandbox. */
export const sandboxInitialDocument = `# Welcome to Throughline. Every type, field and argument is documented: open the schema tab.
query StrategyAtAGlance {
  goals(first: 20, filter: { status: ACTIVE }, orderBy: [{ field: CODE }]) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      code
      title
      status
      kpis {
        code
        name
        unit
      }
    }
  }
}
`;
