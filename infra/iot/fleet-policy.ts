import { basicIngestPrefix } from '../../api/manifest';

/**
 * The one IoT policy every hub certificate carries. Policy variables scope each hub to its own
 * topics (`home/<its thing name>/...`), so registering boxes never edits a policy: AWS allows
 * 2,048 characters and 5 versions a policy, and a change takes minutes to apply.
 */
export function fleetPolicyDocument(region: string, account: string, stage: string): string {
  const arn = (resource: string) => `arn:aws:iot:${region}:${account}:${resource}`;
  const thing = '${iot:Connection.Thing.ThingName}';
  return JSON.stringify({
    Version: '2012-10-17',
    Statement: [
      {
        // Client id = thing name, and the certificate must be attached to that thing.
        Effect: 'Allow',
        Action: 'iot:Connect',
        Resource: arn(`client/${thing}`),
        Condition: { Bool: { 'iot:Connection.Thing.IsAttached': 'true' } },
      },
      { Effect: 'Allow', Action: ['iot:Publish', 'iot:Receive'], Resource: arn(`topic/home/${thing}/*`) },
      // Box events through Basic Ingest (no messaging charge), to the box events rule only, and
      // still under the hub's own name: the rule reads the hub from the topic after the prefix.
      { Effect: 'Allow', Action: 'iot:Publish', Resource: arn(`topic/${basicIngestPrefix(stage, 'box_events')}home/${thing}/*`) },
      { Effect: 'Allow', Action: 'iot:Subscribe', Resource: arn(`topicfilter/home/${thing}/*`) },
    ],
  });
}
