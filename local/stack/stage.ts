/** The stage name the local stack deploys as: resource names read `takuhai-local-...`. */
export const LOCAL_STAGE = 'local';
/** The fleet policy the local IoT registry holds, as the CDK app deploys it. */
export const LOCAL_FLEET_POLICY = 'takuhai-local-fleet';
