/**
 * The registry's tamper-evident audit: every event appended to a SHA-256 hash chain over its RFC 8785 canonical JSON,
 * Ed25519-signed checkpoints of the chain's head (C2SP signed notes), and the verifier that names the first bad entry.
 */
package io.modelcards.registry.audit;
