/** The public surface of pattern detection, for the API, the jobs and the benchmarks. */
export { alertKey, patternRuleCodes, type AlertSeverity, type CareAvoidanceVariant, type PatternAlert, type PatternRule, type PatternRuleCode } from './alert.ts';
export { defaultPatternConfig, resolvePatternConfig, type PatternConfig, type PatternConfigOverrides, type WindowedThreshold } from './config.ts';
export { evaluatePatterns, patternRules } from './evaluate.ts';
export { prepareTimeline, type DatedEvent, type PreparedTimeline } from './prepare.ts';
