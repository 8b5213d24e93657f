/**
 * Who may use the registry: users with roles, what each role may do, and API tokens stored only as SHA-256 hashes.
 */
package io.modelcards.registry.auth;
