package org.cityframework.collect;

import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One column of a survey export as the mapping reads it.
 *
 * @param header the column's header, as the mapping writes it
 * @param pointer the JSON Pointer of the fact its answers give, list items by index
 * @param fact the fact
 * @param answers the answers meaning yes, no and unknown
 * @param choices the answers that give each constant of a choice (keys as {@link Labels#key})
 * @param dates the date format of its answers, for a date
 * @param datePattern that format as the mapping writes it
 * @param currency the currency its amounts are in, for a number
 * @param alongside the facts set, in the same row, wherever this column has an answer
 * @param line its line in the mapping file
 */
record MappedColumn(
    String header,
    String pointer,
    ProfileFacts.Fact fact,
    Answers answers,
    Map<String, String> choices,
    DateTimeFormatter dates,
    String datePattern,
    Optional<String> currency,
    Map<String, JsonNode> alongside,
    int line) {}
