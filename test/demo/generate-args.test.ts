import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { DEFAULT_SERVER, databaseUrl, parseGenerateArgs } from '../../src/demo/generate-args';

describe('db:generate arguments', () => {
  it('parses scale, database, server, seed and --replace', () => {
    expect(parseGenerateArgs(['--scale', '10', '--database', 'bench_10'])).toEqual({
      scale: 10,
      database: 'bench_10',
      server: DEFAULT_SERVER,
      seed: undefined,
      replace: false,
    });
    expect(
      parseGenerateArgs([
        '--scale=2',
        '--database=b',
        '--server',
        'postgres://u@db:6543/x',
        '--seed',
        '9',
        '--replace',
      ]),
    ).toEqual({ scale: 2, database: 'b', server: 'postgres://u@db:6543/x', seed: 9, replace: true });
    expect(databaseUrl('postgres://u@db:6543/postgres', 'bench')).toBe('postgres://u@db:6543/bench');
  });

  it.each([
    [[], /--scale is required/],
    [['--scale', '1'], /--database is required/],
    [['--scale', '0', '--database', 'b'], /--scale "0" is not allowed/],
    [['--scale', '1.5', '--database', 'b'], /--scale "1.5" is not allowed/],
    [['--scale', 'ten', '--database', 'b'], /--scale "ten" is not allowed/],
    [['--scale', '1', '--database', 'drop table"x'], /--database .* is not allowed/],
    [['--scale', '1', '--database', '9lives'], /--database .* is not allowed/],
    [['--scale', '1', '--database', 'b', '--server', 'mysql://x/y'], /protocol "mysql:"/],
    [['--scale', '1', '--database', 'b', '--server', 'not a url'], /is not a URL/],
    [['--scale', '1', '--database', 'b', '--bogus'], /unknown argument "--bogus"/],
    [['--scale', '--database', 'b'], /--scale needs a value/],
    [['--scale', '1', '--scale', '2', '--database', 'b'], /--scale is given twice/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseGenerateArgs(argv as string[])).toThrow(message);
  });

  it('exits 1 with the reason and the usage on bad arguments, touching no database', () => {
    const result = spawnSync(
      'npx',
      ['ts-node', 'src/demo/generate.cli.ts', '--scale', '-3', '--database', 'x'],
      {
        cwd: path.resolve(__dirname, '../..'),
        encoding: 'utf8',
      },
    );
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('--scale "-3" is not allowed');
    expect(result.stderr).toContain('Usage: npm run db:generate');
  });
});
