/** The account and region every ARN of the local IoT names. */
export interface IotAccount {
  readonly accountId: string;
  readonly region: string;
}

/** LocalStack's convention for a local account id: obviously not a real one. */
export const LOCAL_ACCOUNT_ID = '000000000000';

/** Builds the ARNs AWS IoT gives its resources, and the MQTT resources its policies name. */
export class IotArns {
  private readonly prefix: string;

  constructor(account: IotAccount) {
    this.prefix = `arn:aws:iot:${account.region}:${account.accountId}`;
  }

  thing(name: string): string {
    return `${this.prefix}:thing/${name}`;
  }

  thingType(name: string): string {
    return `${this.prefix}:thingtype/${name}`;
  }

  thingGroup(name: string): string {
    return `${this.prefix}:thinggroup/${name}`;
  }

  policy(name: string): string {
    return `${this.prefix}:policy/${name}`;
  }

  certificate(id: string): string {
    return `${this.prefix}:cert/${id}`;
  }

  caCertificate(id: string): string {
    return `${this.prefix}:cacert/${id}`;
  }

  client(clientId: string): string {
    return `${this.prefix}:client/${clientId}`;
  }

  topic(topic: string): string {
    return `${this.prefix}:topic/${topic}`;
  }

  topicFilter(filter: string): string {
    return `${this.prefix}:topicfilter/${filter}`;
  }
}

/** `arn:aws:iot:<region>:<account>:<type>/<id>` split into its resource type and id, if it is one. */
export function parseIotArn(arn: string): { resourceType: string; resourceId: string } | undefined {
  const match = /^arn:aws[\w-]*:iot:[\w-]*:\d*:([a-z]+)\/(.+)$/.exec(arn);
  return match?.[1] && match[2] ? { resourceType: match[1], resourceId: match[2] } : undefined;
}
