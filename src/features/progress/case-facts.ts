// The facts Microsoft Support asks first (tenant, request number, contact, impact, cause, changes, prevention,
// timeline), kept in the case's `details`. One list per kind of field: the schema, the store, the form, the print and
// the summary all read these.

/** One-line facts; `tenant` is always present (empty until typed), the others only once typed. */
export const factLines = [
  'tenant',
  'tenantId',
  'requestNumber',
  'contactName',
  'contactPhone',
  'contactHours',
  'contactLanguage',
  'usersAffected',
] as const;

/** Facts written as paragraphs. */
export const factTexts = ['cause', 'changes', 'prevention'] as const;

/** The timeline, as ISO UTC times. The first bounce is the bounce's own time when one was pasted. */
export const factTimes = ['firstBounceAt', 'detectedAt', 'containedAt', 'fixedAt'] as const;

export type FactLine = (typeof factLines)[number];
export type FactText = (typeof factTexts)[number];
export type FactTime = (typeof factTimes)[number];
/** Facts typed as text, which two tabs may edit at once. */
export type TypedFact = FactLine | FactText;

export const factLimits = { tenant: 253, line: 200, text: 4_000 } as const;

export const factLimit = (field: TypedFact): number =>
  field === 'tenant' ? factLimits.tenant : (factTexts as readonly string[]).includes(field) ? factLimits.text : factLimits.line;

export const isFactText = (field: TypedFact): field is FactText => (factTexts as readonly string[]).includes(field);
