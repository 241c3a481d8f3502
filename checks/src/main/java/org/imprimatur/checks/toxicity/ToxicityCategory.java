package org.imprimatur.checks.toxicity;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of toxic language the toxicity check tells apart. A sentence may belong to several.
 */
public enum ToxicityCategory {
    /** Attacks on people for a protected characteristic: race, ethnicity, religion, nationality, sex, gender
     *  identity, sexual orientation, disability. */
    HATE("hate"),
    /** Insults and abuse aimed at a person or group for who they are as individuals (also called insult). */
    HARASSMENT("harassment"),
    /** Threats of violence and incitement to it. */
    THREAT("threat"),
    /** Sexually explicit language. */
    SEXUAL("sexual"),
    /** Encouragement or expressions of intent to self-harm or suicide. */
    SELF_HARM("self-harm"),
    /** Swearing and obscenity. */
    PROFANITY("profanity");

    private final String wireName;

    ToxicityCategory(String wireName) {
        this.wireName = wireName;
    }

    /** The name in findings, weights and data files: {@code hate}, {@code harassment}, ..., {@code self-harm}. */
    public String wireName() {
        return wireName;
    }

    /** The category with this wire name, if there is one. */
    public static Optional<ToxicityCategory> fromWireName(String name) {
        return Arrays.stream(values()).filter(c -> c.wireName.equals(name)).findFirst();
    }
}
