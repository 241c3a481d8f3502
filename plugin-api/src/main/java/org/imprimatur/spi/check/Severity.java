package org.imprimatur.spi.check;

/** How urgently a finding needs a human, in increasing order. */
public enum Severity {
    NONE,
    LOW,
    MEDIUM,
    HIGH
}
