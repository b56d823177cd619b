/** The first operation an analyst sees in the Apollo Sandbox. */
export const sandboxInitialDocument = `# Welcome to Throughline. Every type, field and argument is documented: open the schema tab.
query StrategyAtAGlance {
  goals {
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
`;
