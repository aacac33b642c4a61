import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LogsUsageError, parseLogsArgs, parseSince } from '../../../../local/logs/cli-args';

const NOW = 1_795_662_070;
const env = { TAKUHAI_HOME: '/data/takuhai' };
const parse = (...argv: string[]) => parseLogsArgs(argv, NOW, env);

describe('parseLogsArgs, what `npm run logs -- ...` asks for', () => {
  it('reads the shortcuts into one filter over $TAKUHAI_HOME/logs', () => {
    // Act
    const command = parse('--device', 'hub-1', '--task', 'task-1', '--errors', '--since', '2h', '--limit', '5');

    // Assess
    expect(command).toEqual({
      kind: 'records',
      dir: '/data/takuhai/logs',
      json: false,
      filter: { device: 'hub-1', task: 'task-1', errors: true, since: NOW - 7200, limit: 5 },
    });
  });

  it('defaults to .takuhai/logs here, and takes --dir and --json', () => {
    // Act
    const plain = parseLogsArgs([], NOW, {});
    const other = parse('--dir', 'elsewhere', '--json');

    // Assess
    expect(plain).toMatchObject({ kind: 'records', dir: resolve('.takuhai', 'logs') });
    expect(other).toMatchObject({ kind: 'records', dir: resolve('elsewhere'), json: true });
  });

  it('takes a quoted query after sql, and unquoted words as one query', () => {
    // Act
    const quoted = parse('sql', "SELECT level FROM application WHERE device_id = '1'");
    const words = parse('sql', 'SELECT', 'count(*)', 'FROM', 'application');

    // Assess
    expect(quoted).toMatchObject({ kind: 'sql', sql: "SELECT level FROM application WHERE device_id = '1'" });
    expect(words).toMatchObject({ kind: 'sql', sql: 'SELECT count(*) FROM application' });
  });

  it('follows with tail, keeping the filters that apply to new records', () => {
    // Act
    const command = parse('tail', '--errors', '--device', 'hub-1');

    // Assess
    expect(command).toMatchObject({ kind: 'tail', filter: { errors: true, device: 'hub-1' } });
  });

  it('answers --help and -h with the help, whatever else is there', () => {
    // Assess
    expect(parse('--help')).toEqual({ kind: 'help' });
    expect(parse('sql', '-h')).toEqual({ kind: 'help' });
  });

  it.each([
    [['--colour'], /Unknown option '--colour'/],
    [['--device'], /argument missing/],
    [['--device', ' '], /--device needs a value/],
    [['--limit', 'ten'], /--limit takes a whole number/],
    [['--since', 'yesterday'], /--since takes a duration/],
    [['sql'], /sql needs a query/],
    [['sql', 'SELECT 1', '--device', 'x'], /put --device in its WHERE clause/],
    [['tail', '--since', '1h'], /tail shows new records only: --since/],
    [['tali'], /unknown command "tali"/],
  ])('refuses %j with a message that says what to change', (argv, message) => {
    // Act
    const run = () => parse(...argv);

    // Assess
    expect(run).toThrow(LogsUsageError);
    expect(run).toThrow(message);
  });
});

describe('parseSince', () => {
  it.each([
    ['30s', NOW - 30],
    ['15m', NOW - 900],
    ['2h', NOW - 7200],
    ['7d', NOW - 604_800],
    ['1w', NOW - 604_800],
    ['1527744698', 1_527_744_698],
  ])('reads %s', (text, expected) => {
    // Assess
    expect(parseSince(text, NOW)).toBe(expected);
  });

  it('refuses a short bare number, more likely a forgotten unit than a date', () => {
    // Assess
    expect(() => parseSince('90', NOW)).toThrow(LogsUsageError);
  });
});
