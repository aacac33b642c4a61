import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The part of the local stack's `outputs.json` a device needs. */
export interface DeviceStackOutputs {
  readonly region: string;
  readonly iot: {
    readonly endpoint: string;
    readonly mqttUrl: string;
    readonly caCertificateId: string;
    readonly makerCaCertFile: string;
    readonly makerCaKeyFile: string;
    /** The CA the broker's certificate chains to; devices trust it for TLS. */
    readonly rootCaFile: string;
    /** The topic rule box events go to, for hubs that publish through Basic Ingest. */
    readonly boxEventsRule?: string;
  };
  /** Where the device keeps its key and certificate (the stack home). */
  readonly home: string;
}

/** Where the running stack's `outputs.json` is: the given path, else `$TAKUHAI_HOME`, else `.takuhai/`. */
export function stackOutputsFile(path?: string): string {
  const file = resolve(path ?? join(process.env.TAKUHAI_HOME ?? '.takuhai', 'outputs.json'));
  if (!existsSync(file)) throw new Error(`${file} does not exist: start the local stack first (npm start)`);
  return file;
}

/** `outputs.json` of the running stack (see {@link stackOutputsFile}). */
export function readStackOutputs(path?: string): DeviceStackOutputs {
  const file = stackOutputsFile(path);
  const outputs = JSON.parse(readFileSync(file, 'utf8')) as Partial<DeviceStackOutputs>;
  if (!outputs.iot?.mqttUrl || !outputs.region) throw new Error(`${file} has no iot section: the running stack predates the local IoT`);
  return { region: outputs.region, iot: outputs.iot, home: dirname(file) };
}
