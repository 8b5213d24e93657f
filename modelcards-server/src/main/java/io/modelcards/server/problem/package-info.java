/**
 * Errors over HTTP: every failure becomes one RFC 7807 problem ({@code application/problem+json}) through the one error
 * mapper, and every response carries the security headers.
 */
package io.modelcards.server.problem;
