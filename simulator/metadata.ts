/**
 * Microsoft's published metadata for vppToken, per version: the summaries in ./metadata/ are
 * copies of shared/reference/graph-metadata/vpptoken-{beta,v1.0}.json, generated from
 * msgraph-metadata's CSDL (each names its source commit). Which properties each version has, their
 * types and the enum members come from here and nowhere else, so a newer extract is a one-file
 * change; the conformance test (conformance.test.ts) holds every answer to the same files.
 */
import betaSummary from './metadata/vpptoken-beta.json' with { type: 'json' };
import v1Summary from './metadata/vpptoken-v1.0.json' with { type: 'json' };
import appsBeta from './metadata/apps-audit-beta.json' with { type: 'json' };
import appsV1 from './metadata/apps-audit-v1.0.json' with { type: 'json' };

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
  /** Entity types a value may name as derived from `entityType` (the apps extract's: iosVppApp...). */
  entityTypes?: Record<string, StructuredTypeSummary>;
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

/**
 * Microsoft's metadata for mobileApps and the VPP app types: ./metadata/apps-audit-{beta,v1.0}.json
 * are verbatim copies of shared/reference/graph-metadata/; the audit routes read auditEvent and its parts from them too.
 * Their layout differs from the vppToken summaries: every entity type is listed, with its derived
 * types, and each bound operation names the type it is bound to.
 */

export interface EntityTypeSummary extends StructuredTypeSummary {
  abstract: boolean;
  navigationProperties: Record<string, { type: string; containsTarget: boolean; declaredOn: string }>;
  derived: string[];
}

export interface AppsOperationSummary {
  kind: 'Action' | 'Function';
  name: string;
  boundTo: 'entity' | 'collection';
  /** The type the operation is bound to, namespace-qualified. */
  bindingType: string;
  parameters: ParameterSummary[];
  returnType: string | null;
  entitySetPath: string | null;
  /** What the doc page gives; null when no page documents the operation. */
  documented: { status: number } | null;
}

export interface AppsMetadata {
  version: ApiVersion;
  entityTypes: Record<string, EntityTypeSummary>;
  complexTypes: Record<string, StructuredTypeSummary>;
  enumTypes: Record<string, EnumSummary>;
  boundOperations: AppsOperationSummary[];
}

export const APPS_METADATA: Readonly<Record<ApiVersion, AppsMetadata>> = {
  beta: appsBeta as unknown as AppsMetadata,
  'v1.0': appsV1 as unknown as AppsMetadata,
};

/** The operation `name` bound to one entity of `bindingType` in this version, if declared. */
export function appOperation(version: ApiVersion, name: string, bindingType: string): AppsOperationSummary | undefined {
  return APPS_METADATA[version].boundOperations.find(
    (op) => op.boundTo === 'entity' && op.bindingType === bindingType && op.name.toLowerCase() === name.toLowerCase(),
  );
}
