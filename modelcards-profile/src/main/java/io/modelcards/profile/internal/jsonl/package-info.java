/**
 * The JSON Lines parser: each line is checked whole (JSON syntax and UTF-8) before its values reach the sinks.
 */
package io.modelcards.profile.internal.jsonl;
