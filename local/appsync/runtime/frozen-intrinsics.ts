import vm from 'node:vm';

/**
 * Freezes the JavaScript built-ins of a resolver's `vm` context, so that one invocation of a
 * resolver cannot leave state in them for the next one (the context is reused; see
 * `resolver-realm.ts`). Resolver code is strict ESM, where assigning to a frozen property
 * throws, so the common assignments that only *shadow* an inherited built-in (`item.toString =
 * ...`, `error.name = ...`, the "override mistake") are kept working: those properties become
 * accessors whose setter defines the property on the object assigned to, as SES's lockdown does.
 */
const FREEZE_SOURCE = `(function (bindings) {
  'use strict';
  const shadowable = (proto, names) => {
    for (const name of names === '*' ? Reflect.ownKeys(proto) : names) {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      if (!descriptor || !('value' in descriptor) || !descriptor.configurable) continue;
      const value = descriptor.value;
      Object.defineProperty(proto, name, {
        get() { return value; },
        set(replacement) {
          if (this === proto) throw new TypeError('Cannot assign to read only property ' + String(name) + ' of a built-in prototype');
          Object.defineProperty(this, name, { value: replacement, writable: true, enumerable: true, configurable: true });
        },
        enumerable: descriptor.enumerable,
        configurable: false,
      });
    }
  };
  shadowable(Object.prototype, '*');
  shadowable(Array.prototype, ['constructor', 'toString', 'push', 'concat']);
  shadowable(Function.prototype, ['constructor', 'toString', 'bind']);
  for (const error of [Error, EvalError, RangeError, ReferenceError, SyntaxError, TypeError, URIError, AggregateError]) {
    shadowable(error.prototype, ['constructor', 'name', 'message', 'toString']);
  }
  const seen = new Set();
  const freeze = (value) => {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null || seen.has(value)) return;
    seen.add(value);
    Object.freeze(value);
    freeze(Object.getPrototypeOf(value));
    for (const key of Reflect.ownKeys(value)) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if ('value' in descriptor) freeze(descriptor.value);
      else { freeze(descriptor.get); freeze(descriptor.set); }
    }
  };
  // Intrinsics no global names: iterator, generator and async function prototypes.
  freeze([
    [][Symbol.iterator](), new Map()[Symbol.iterator](), new Set()[Symbol.iterator](), ''[Symbol.iterator](),
    RegExp.prototype[Symbol.matchAll].call(new RegExp('a'), ''), function* () {}, async function () {}, async function* () {},
  ]);
  for (const name of Object.getOwnPropertyNames(globalThis)) {
    if (name !== 'globalThis' && !bindings.includes(name)) freeze(globalThis[name]);
  }
})`;

const freezeScript = new vm.Script(FREEZE_SOURCE, { filename: 'takuhai-frozen-intrinsics.js' });

/** Freezes the built-ins of `context`, leaving its global object and the named bindings alone. */
export function freezeIntrinsics(context: vm.Context, bindings: readonly string[]): void {
  const run = freezeScript.runInContext(context) as (bindings: readonly string[]) => void;
  run([...bindings]);
}
