// Sync: the wire protocol shared with the server (protocol.ts) and the client sync engine.
export * from "./protocol";
export * from "./enrolment";
