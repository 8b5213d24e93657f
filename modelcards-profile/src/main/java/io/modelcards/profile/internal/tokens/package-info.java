/**
 * Token counts of text values with a Hugging Face tokenizer, through DJL's binding of the {@code tokenizers} library.
 */
package io.modelcards.profile.internal.tokens;
