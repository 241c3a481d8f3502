package org.imprimatur.review.infrastructure;

import java.lang.reflect.Type;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.imprimatur.review.domain.policy.PolicyRules;

/** Stores a policy's rules as one JSON object: rule name → parameters. */
@Converter
public class PolicyRulesConverter implements AttributeConverter<PolicyRules, String> {

    private static final Type RULES = new LinkedHashMap<String, Map<String, Integer>>() { }.getClass()
            .getGenericSuperclass();

    @Override
    public String convertToDatabaseColumn(PolicyRules rules) {
        return rules == null ? null : JsonColumns.write(rules.asMap(), RULES);
    }

    @Override
    public PolicyRules convertToEntityAttribute(String json) {
        Map<String, Map<String, Integer>> rules = JsonColumns.read(json, RULES);
        return rules == null ? null : PolicyRules.of(rules);
    }
}
