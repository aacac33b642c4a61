import {
  getNullableType, isEnumType, isInputObjectType, isListType, isNonNullType, isScalarType,
  type GraphQLArgument, type GraphQLInputType,
} from 'graphql';
import type { SeededRandom } from '../../../support/seeded-random';

/** Plausible values by argument or input field name (ids of the world, good codes...). */
export type Pools = Readonly<Record<string, readonly unknown[]>>;

const DAY_MS = 86_400_000;

/**
 * Generates variables for a field's arguments from the schema's input types: mostly values of the
 * right shape with hostile contents (empty, blank, over-long, odd characters), sometimes the
 * world's real ids (so checks past validation run), sometimes the wrong shape altogether (a
 * null where none is allowed, an unknown enum, an unknown field, lists over their limits).
 * Every string it makes of its own carries `marker`, so a write it caused can be found later.
 */
export class ValueGenerator {
  constructor(
    private readonly random: SeededRandom,
    private readonly pools: Pools,
    private readonly marker: string,
  ) {}

  argumentsOf(args: readonly GraphQLArgument[]): Record<string, unknown> {
    const values: Record<string, unknown> = {};
    for (const arg of args) {
      const value = this.value(arg.type, arg.name, 0);
      if (value !== undefined) values[arg.name] = value;
    }
    return values;
  }

  private value(type: GraphQLInputType, name: string, depth: number): unknown {
    if (isNonNullType(type)) return this.random.chance(0.03) ? null : this.present(type.ofType, name, depth);
    if (this.random.chance(0.25)) return this.random.chance(0.5) ? null : undefined;
    return this.present(getNullableType(type), name, depth);
  }

  private present(type: GraphQLInputType, name: string, depth: number): unknown {
    if (isListType(type)) {
      const size = this.random.chance(0.1) ? this.random.pick([51, 1_001]) : this.random.pick([0, 1, 1, 2, 3]);
      return Array.from({ length: size }, () => this.value(type.ofType, name, depth + 1));
    }
    if (isInputObjectType(type)) {
      const object: Record<string, unknown> = {};
      for (const field of Object.values(type.getFields())) {
        const value = this.value(field.type, field.name, depth + 1);
        if (value !== undefined) object[field.name] = value;
      }
      if (this.random.chance(0.03)) object[`${this.marker}Unknown`] = 'x';
      return object;
    }
    if (isEnumType(type)) return this.random.chance(0.1) ? 'NOT_A_VALUE' : this.random.pick(type.getValues()).value;
    if (isScalarType(type)) return this.scalar(type.name, name);
    return undefined;
  }

  private scalar(scalar: string, name: string): unknown {
    const pool = this.pools[name];
    if (pool && pool.length > 0 && this.random.chance(0.6)) return this.random.pick(pool);
    switch (scalar) {
      case 'Int':
        return this.random.pick([0, -1, 1, 100, 2_147_483_647]);
      case 'Boolean':
        return this.random.chance(0.5);
      case 'AWSDateTime':
        return this.random.pick([new Date(Date.now() + DAY_MS).toISOString(), new Date(Date.now() - DAY_MS).toISOString(), new Date(Date.now() + 400 * DAY_MS).toISOString(), '2026-13-40T99:99:99Z', this.marker]);
      case 'AWSJSON':
        return this.random.pick(['{}', `{"note":"${this.marker}"}`, 'not json', JSON.stringify({ deep: { deeper: [this.marker] } })]);
      default:
        return this.hostileString();
    }
  }

  private hostileString(): string {
    const m = this.marker;
    return this.random.pick([
      '',
      '   ',
      m,
      `${m}-${this.random.text(6, 'abcdefghijklmnopqrstuvwxyz0123456789')}`,
      `${m}${'x'.repeat(129)}`,
      `${m}${'y'.repeat(300)}`,
      `${m}${'z'.repeat(5_000)}`,
      `   ${m}   `,
      `${m} 🙂 é 漢字`,
      `${m}\u0000nul`,
      `${m}' OR '1'='1`,
      `${m}/../../etc`,
      `<script>${m}</script>`,
      `${m}\n${m}`,
      m.toUpperCase(),
    ]);
  }
}
