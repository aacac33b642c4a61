import { parsePolicyDocument, type PolicyDocument } from '../policy/policy-document';
import { groupWithAncestors, policiesAttachedTo } from '../registry/registry-queries';
import type { IotArns } from '../registry/arns';
import type { RegistryState } from '../registry/registry-state';

/**
 * The policy documents that apply to a connection, read fresh from the registry on each
 * decision (a detach or a new default version takes effect at once; AWS takes up to minutes):
 * those attached to the certificate, and those of the thing's groups and their ancestors.
 */
export class PrincipalPolicies {
  /** Parsed documents by their text: parsing once keeps the publish path cheap. */
  private readonly parsed = new Map<string, PolicyDocument>();

  constructor(
    private readonly state: RegistryState,
    private readonly arns: IotArns,
  ) {}

  documentsFor(certificateArn: string, thingName: string | undefined): PolicyDocument[] {
    const targets = [certificateArn];
    const thing = thingName ? this.state.things[thingName] : undefined;
    for (const group of thing?.groups ?? []) {
      for (const name of groupWithAncestors(this.state, group)) targets.push(this.arns.thingGroup(name));
    }
    const documents: PolicyDocument[] = [];
    for (const target of targets) {
      for (const policy of policiesAttachedTo(this.state, target)) {
        const text = policy.versions.find((version) => version.versionId === policy.defaultVersionId)?.document;
        if (text !== undefined) documents.push(this.parse(text));
      }
    }
    return documents;
  }

  private parse(text: string): PolicyDocument {
    let document = this.parsed.get(text);
    if (!document) {
      document = parsePolicyDocument(text);
      this.parsed.set(text, document);
    }
    return document;
  }
}
