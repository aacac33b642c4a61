import { CfnOutput, Stack, Tags, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { ApiConstruct } from './api.construct';
import { AuthConstruct } from './auth.construct';
import { DataConstruct } from './data.construct';
import { FunctionsConstruct } from './functions.construct';

export interface TakuhaiStackProps extends StackProps {
  readonly stage: string;
  /** The commit the functions are built from; their log records carry it. */
  readonly commitId: string;
  /** Where the resolver files are; defaults to `resolvers/`. */
  readonly resolversDir?: string;
}

/** One stage of Takuhai: tables, user pool, functions and the GraphQL API wired together. */
export class TakuhaiStack extends Stack {
  constructor(scope: Construct, id: string, props: TakuhaiStackProps) {
    super(scope, id, props);
    const { stage, commitId } = props;
    Tags.of(this).add('project', 'takuhai');
    Tags.of(this).add('stage', stage);

    const data = new DataConstruct(this, 'Data', { stage });
    const auth = new AuthConstruct(this, 'Auth', { stage });
    const functions = new FunctionsConstruct(this, 'Functions', { stage, commitId, data, userPool: auth.userPool });
    const { api } = new ApiConstruct(this, 'Api', {
      stage,
      userPool: auth.userPool,
      data,
      functions,
      resolversDir: props.resolversDir,
    });

    // What a client, the end-to-end tests or a partner needs to reach this stage.
    this.output('GraphqlUrl', api.graphqlUrl);
    this.output('ApiKey', api.apiKey ?? missing('API key'));
    this.output('UserPoolId', auth.userPool.userPoolId);
    this.output('SpaClientId', auth.clients.spa.userPoolClientId);
    this.output('MobileClientId', auth.clients.mobile.userPoolClientId);
    this.output('Region', this.region);
  }

  private output(id: string, value: string): void {
    new CfnOutput(this, id, { value });
  }
}

function missing(what: string): never {
  throw new Error(`${what} was not created`);
}
