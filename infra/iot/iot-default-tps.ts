/**
 * AWS IoT's default transactions per second per account and region (`../shared/docs/aws-iot.md`;
 * Service Quotas may have raised them). AWS meters each API on its own: CreateThing at 100 TPS
 * does not slow AttachPolicy at 15. Operations not listed are not limited here. The local IoT control plane throttles with the same figures.
 */
export const IOT_DEFAULT_TPS: Readonly<Record<string, number>> = {
  CreateThing: 100,
  DescribeThing: 350,
  UpdateThing: 100,
  AddThingToThingGroup: 100,
  AttachThingPrincipal: 100,
  AttachPolicy: 15,
  DescribeCertificate: 10,
  UpdateCertificate: 10,
  CreateThingGroup: 25,
  ListThingsInThingGroup: 25,
  CreatePolicyVersion: 10,
};
