// The package's library entry, `import { … } from 'mail-lab'`: the analysis
// core and the resolvers it needs, nothing of the page or the command line.
// What is exported here is the public API; everything else may change.

export { analyze, type AnalyzeOptions } from '../core/analyze.ts';
export { ANALYSIS_SCHEMA } from '../core/analysis.ts';
export type * from '../core/analysis.ts';
export { createDohResolver, createOfflineResolver, createZoneResolver, type DohResolverOptions } from '../dns/create-resolver.ts';
export { CustomDohUrlError, DEFAULT_DOH_PRESET, DOH_PRESETS, type DohPreset, type DohPresetId } from '../dns/presets.ts';
export { DnsError, type DnsRecord, type MxRecord, type Resolver } from '../dns/resolver.ts';
export { ZoneFileError } from '../dns/zone-file.ts';
export type { ZoneEntry, ZoneFile } from '../dns/zone-file.ts';
export type { EnvelopeInput } from '../core/hops/infer-envelope.ts';
export { checkDomain, readDomainInput, type DomainCheckOptions } from '../core/sender/check-domain.ts';
export { DEFAULT_BLOCKLISTS, DEFAULT_BLOCKLIST_CHOICES, type Blocklist, type BlocklistChoice, type BlocklistCode } from '../core/sender/blocklists.ts';
export { blocklistsOf } from '../core/sender/blocklist-choice.ts';
export type { CheckStatus, DomainReport, ScoreItem, ScoreItemId } from '../core/sender/scorecard.ts';
