/**
 * Microsoft's published metadata for vppToken, per version: the summaries in ./metadata/ are
 * copies of shared/reference/graph-metadata/vpptoken-{beta,v1.0}.json, generated from
 * msgraph-metadata's CSDL (each names its source commit). Which properties each version has, their
 * types and the enum members come from here and nowhere else, so a newer extract is a one-file
 * change; the conformance test (conformance.test.ts) holds every answer to the same files.
 */
import betaSummary from './metadata/vpptoken-beta.json' with { type: 'json' };
import v1Summary from './metadata/vpptoken-v1.0.json' with { type: 'json' };

export type ApiVersion = 'beta' | 'v1.0';
export const API_VERSIONS: readonly ApiVersion[] = ['beta', 'v1.0'];

export interface PropertySummary {
  /** `Edm.String`, `microsoft.graph.vppTokenState`, `Collection(Edm.String)`... */
  type: string;
  nullable: boolean;
  declaredOn: string;
}

export interface StructuredTypeSummary {
  /** Namespace-qualified: `microsoft.graph.vppToken`. */
  name: string;
  baseType: string | null;
  /** Every property, inherited ones included. */
  properties: Record<string, PropertySummary>;
  /** Complex types only: the types derived from this one. */
  derived?: string[];
}

export interface EnumSummary {
  isFlags: boolean;
  members: string[];
}

export interface ParameterSummary {
  name: string;
  type: string;
  nullable: boolean;
}

export interface OperationSummary {
  kind: 'Action' | 'Function';
  name: string;
  /** Bound to one vppToken or to the vppTokens collection. */
  boundTo: 'entity' | 'collection';
  /** The binding parameter is not listed. */
  parameters: ParameterSummary[];
  returnType: string | null;
  entitySetPath: string | null;
  /** The status Microsoft's doc page gives for success. */
  documentedStatus: number;
}

export interface MetadataSummary {
  version: ApiVersion;
  source: string;
  /** `deviceAppManagement/vppTokens`. */
  entitySet: string;
  entityType: StructuredTypeSummary;
  enumTypes: Record<string, EnumSummary>;
  complexTypes: Record<string, StructuredTypeSummary>;
  boundOperations: OperationSummary[];
}

export const METADATA: Readonly<Record<ApiVersion, MetadataSummary>> = {
  beta: betaSummary as MetadataSummary,
  'v1.0': v1Summary as MetadataSummary,
};

/** The members of one of vppToken's enums in that version; empty when the version lacks the enum. */
export function enumMembers(version: ApiVersion, enumName: string): readonly string[] {
  return METADATA[version].enumTypes[`microsoft.graph.${enumName}`]?.members ?? [];
}

export function operation(version: ApiVersion, name: string): OperationSummary | undefined {
  return METADATA[version].boundOperations.find((op) => op.name.toLowerCase() === name.toLowerCase());
}
