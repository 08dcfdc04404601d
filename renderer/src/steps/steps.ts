/** The wizard's steps, in the order of the job (design.md §1). */
export const stepIds = ['topology', 'certificates', 'metadata', 'exchangeTrustsLync', 'lyncTrustsExchange', 'verify', 'next'] as const;

export type StepId = (typeof stepIds)[number];
