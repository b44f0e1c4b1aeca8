// Paths of the Weldr API (reference §1.3) that modules without RTK Query need too.
export const V1 = "/api/v1";
/** the service's status: the gate's question, and the transport's probe of the socket */
export const STATUS = "/api/status";
