/** The North Caucasus republics NC SOS works in; a case names the one it is about. */
export const regionIds = ['chechnya', 'ingushetia', 'dagestan'] as const;
export type RegionId = (typeof regionIds)[number];
