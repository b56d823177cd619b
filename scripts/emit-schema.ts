import 'reflect-metadata';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { buildThroughlineSchema } from '../src/graphql/schema';

/** Writes schema/schema.graphql from the code; with --check, fails when the committed file differs. */
async function main(): Promise<void> {
  const file = path.resolve(__dirname, '../schema/schema.graphql');
  const sdl = printSchema(lexicographicSortSchema(await buildThroughlineSchema())) + '\n';
  if (process.argv.includes('--check')) {
    const committed = readFileSync(file, 'utf8');
    if (committed !== sdl) {
      console.error('schema/schema.graphql differs from the code: run `npm run schema:emit` and commit it.');
      process.exit(1);
    }
    console.log('schema/schema.graphql matches the code');
    return;
  }
  writeFileSync(file, sdl);
  console.log(`wrote ${path.relative(process.cwd(), file)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
