/**
 * The model-card registry's domain: models, versions and card revisions, the review workflow and approval policy, the
 * hash-chained audit, search, the deployment gate, users and tokens, and their storage. No HTTP types: the server module
 * puts these on the wire.
 */
package io.modelcards.registry;
