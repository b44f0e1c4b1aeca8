// Paths of the Weldr API (reference §1.3) that modules without RTK Query need too.
export const V1 = "/api/v1";
