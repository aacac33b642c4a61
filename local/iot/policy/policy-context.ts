/** What a policy decision knows about the connection, from its certificate and client id. */
export interface PolicyContext {
  readonly clientId: string;
  /** Present when the client id names a thing the certificate is attached to. */
  readonly thing?: {
    readonly name: string;
    readonly typeName?: string;
    readonly attributes: Readonly<Record<string, string>>;
  };
  readonly certificate?: {
    readonly id: string;
    /** Distinguished names as Node prints them: one `KEY=value` a line. */
    readonly subject: string;
    readonly issuer: string;
    readonly serialNumber: string;
  };
}

/** Certificate name fields policy variables name, and their short forms in a distinguished name. */
const NAME_FIELDS: Readonly<Record<string, string>> = {
  CommonName: 'CN',
  Organization: 'O',
  OrganizationalUnit: 'OU',
  Country: 'C',
  State: 'ST',
  Locality: 'L',
  SerialNumber: 'serialNumber',
};

function nameField(name: string, field: string): string | undefined {
  const short = NAME_FIELDS[field];
  if (!short) return undefined;
  for (const line of name.split('\n')) {
    if (line.startsWith(`${short}=`)) return line.slice(short.length + 1);
  }
  return undefined;
}

/**
 * The value of a policy key such as `iot:Connection.Thing.ThingName`, or `undefined` when the
 * connection has none (AWS then treats the statement as not matching).
 */
export function policyKeyValue(key: string, context: PolicyContext): string | undefined {
  if (key === 'iot:ClientId') return context.clientId;
  if (key === 'iot:Connection.Thing.IsAttached') return context.thing ? 'true' : 'false';
  if (key === 'iot:Connection.Thing.ThingName') return context.thing?.name;
  if (key === 'iot:Connection.Thing.ThingTypeName') return context.thing?.typeName;
  const attribute = /^iot:Connection\.Thing\.Attributes\[(.+)\]$/.exec(key)?.[1];
  if (attribute !== undefined) return context.thing?.attributes[attribute];
  if (key === 'iot:Certificate.SerialNumber') return context.certificate?.serialNumber;
  const subject = /^iot:Certificate\.Subject\.(\w+)$/.exec(key)?.[1];
  if (subject && context.certificate) return nameField(context.certificate.subject, subject);
  const issuer = /^iot:Certificate\.Issuer\.(\w+)$/.exec(key)?.[1];
  if (issuer && context.certificate) return nameField(context.certificate.issuer, issuer);
  return undefined;
}

/** Replaces `${key}` policy variables in a resource or condition value; `undefined` if one is missing. */
export function substituteVariables(text: string, context: PolicyContext): string | undefined {
  if (!text.includes('${')) return text;
  let missing = false;
  const result = text.replace(/\$\{([^}]+)\}/g, (_match, key: string) => {
    const value = policyKeyValue(key, context);
    if (value === undefined) missing = true;
    return value ?? '';
  });
  return missing ? undefined : result;
}
