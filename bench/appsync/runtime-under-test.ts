/** One of the two runtimes, started, as the load clients reach it. */
export interface RuntimeUnderTest {
  readonly name: 'takuhai' | 'simulator';
  readonly graphqlUrl: string;
  readonly realtimeUrl: string;
  /**
   * How subscribers present the API key: the `header-<base64url>` subprotocol of current AWS
   * clients, or the legacy `?header=&payload=` query string, the only form the simulator reads.
   */
  readonly realtimeAuth: 'subprotocol' | 'query';
  stop(): Promise<void>;
}
