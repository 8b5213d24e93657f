/**
 * The files of a dataset: folders of shards expanded, data format by name and compression by magic bytes, and the
 * one reader that hashes, decompresses and cuts each file into blocks at record ends.
 */
package io.modelcards.profile.internal.source;
