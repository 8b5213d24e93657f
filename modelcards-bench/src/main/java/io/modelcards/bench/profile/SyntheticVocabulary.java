package io.modelcards.bench.profile;

import java.util.List;

/** The fixed words, tags, categories and names the benchmark's rows are made of. */
final class SyntheticVocabulary {
    /** English-like words for the text column, with a few non-ASCII ones so that UTF-8 is exercised. */
    static final List<String> WORDS = List.of(
            "the", "of", "and", "to", "in", "a", "is", "that", "for", "it", "as", "was", "with", "be", "by", "on",
            "not", "he", "this", "are", "or", "his", "from", "at", "which", "but", "have", "an", "had", "they", "you",
            "were", "their", "one", "all", "we", "can", "her", "has", "there", "been", "if", "more", "when", "will",
            "would", "who", "so", "no", "model", "data", "training", "evaluation", "accuracy", "dataset", "label",
            "feature", "sample", "review", "product", "service", "customer", "quality", "delivery", "price", "order",
            "support", "account", "payment", "weather", "city", "river", "mountain", "history", "science", "music",
            "language", "people", "time", "year", "way", "day", "thing", "world", "life", "hand", "part", "child",
            "eye", "woman", "place", "work", "week", "case", "point", "government", "company", "number", "group",
            "problem", "fact", "good", "new", "first", "last", "long", "great", "little", "own", "other", "old",
            "right", "big", "high", "different", "small", "large", "next", "early", "young", "important", "few",
            "public", "bad", "same", "able", "make", "know", "take", "see", "come", "think", "look", "want", "give",
            "use", "find", "tell", "ask", "seem", "feel", "try", "leave", "call", "good", "quickly", "slowly",
            "really", "often", "never", "always", "however", "because", "although", "between", "through", "during",
            "without", "against", "among", "café", "naïve", "résumé", "façade", "über", "jalapeño");

    /** Short tags for the list column. */
    static final List<String> TAGS = List.of(
            "news", "sports", "tech", "ai", "ml", "nlp", "cv", "audio", "food", "travel", "health", "finance",
            "legal", "code", "math", "art", "film", "games", "kids", "eu", "us", "asia", "draft", "gold");

    /** The category column's values, most frequent first. */
    static final List<String> CATEGORIES = List.of(
            "electronics", "books", "clothing", "home", "garden", "toys", "grocery", "beauty", "health", "sports",
            "automotive", "music", "movies", "software", "office", "pets", "baby", "jewelry", "tools", "industrial");

    /** Names for the fake e-mail addresses in some texts. */
    static final List<String> NAMES = List.of(
            "alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar");

    private SyntheticVocabulary() {}
}
